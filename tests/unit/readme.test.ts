// The README's example meeting is one the build accepts, so a contributor who copies it starts from valid content.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DATA_LICENCE } from '../../src/lib/exports';
import { schemas } from '../../src/lib/schema';
import { issueMessage } from '../../src/lib/validate';
import { entry, problemsAfter } from '../helpers/tree';

describe('the README', () => {
  it('shows a meeting’s frontmatter that its schema accepts', () => {
    const block = /```yaml\n([\s\S]*?)```/.exec(readFileSync('README.md', 'utf8'))?.[1];
    expect(block).toBeDefined();
    const { frontmatter } = parseFrontmatter(`---\n${block!.replace(/^ {3}/gm, '')}---\n`);
    const result = schemas.meetings.safeParse(frontmatter);
    expect(result.error?.issues.map((i) => `${i.path.join('.')}: ${issueMessage(i, schemas.meetings)}`) ?? []).toEqual(
      [],
    );
  });

  it('shows a problem in a meeting as the build reports it', () => {
    const example = /lists every problem with its file,\s+field and what would be valid, e\.g\.\s+`([^`]+)`/.exec(
      readFileSync('README.md', 'utf8'),
    )?.[1];
    expect(example).toBeDefined();
    // The mistake the example shows: a participant written as another source's spelling of the surname.
    const [, file, field, written] = /^(\S+): (\S+): unknown person "([^"]+)"/.exec(example!)!;
    const [, stem] = /^content\/meetings\/(.+)\.md$/.exec(file!)!;
    const [, index] = /^participants\.(\d+)\.person$/.exec(field!)!;
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', stem!).data.participants[Number(index)].person = written),
    );
    expect(problems).toEqual([example]);
  });

  it('states the terms of reuse the Data page and record.json give', () => {
    expect(readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')).toContain(DATA_LICENCE);
  });
});
