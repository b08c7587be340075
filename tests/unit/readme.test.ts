// The README's example meeting is one the build accepts, so a contributor who copies it starts from valid content.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { DATA_LICENCE } from '../../src/lib/exports';
import { schemas } from '../../src/lib/schema';
import { issueMessage } from '../../src/lib/issue-messages';
import { contentTree, entry, problemsAfter } from '../helpers/tree';

/** The frontmatter example of a section of the README, found by its heading: the section's first ```yaml block. */
function yamlExample(heading: string): unknown {
  const section = readFileSync('README.md', 'utf8')
    .split(/^## /m)
    .find((s) => s.startsWith(`${heading}\n`));
  expect(section, heading).toBeDefined();
  const block = /```yaml\n([\s\S]*?)```/.exec(section!)?.[1];
  expect(block, `a yaml block under ${heading}`).toBeDefined();
  return parseFrontmatter(`---\n${block!.replace(/^ {3}/gm, '')}---\n`).frontmatter;
}

/** What a schema finds wrong with a value, as the build words it. */
function schemaProblems(collection: 'meetings' | 'sources', value: unknown): string[] {
  const result = schemas[collection].safeParse(value);
  return result.error?.issues.map((i) => `${i.path.join('.')}: ${issueMessage(i, schemas[collection])}`) ?? [];
}

describe('the README', () => {
  it('shows a meeting’s frontmatter that its schema accepts', () => {
    expect(schemaProblems('meetings', yamlExample('How to add a meeting'))).toEqual([]);
  });

  it('shows a source’s frontmatter that its schema accepts, and that the build accepts for the source it is from', () => {
    const example = yamlExample('How to add a source') as Record<string, any>;
    expect(schemaProblems('sources', example)).toEqual([]);
    // It is a real source's, trimmed (fields left out, a sentence of the notes), never an invented one: in that
    // source's place, with its excerpt and capture, nothing is wrong.
    const id = example.published.cites[0].replace(/#p\d+$/, '');
    const real = entry(contentTree(), 'sources', id).data;
    expect(real.capture.notes).toContain(example.capture.notes);
    const notes = { capture: { ...example.capture, notes: real.capture.notes } };
    expect({ ...example, ...notes }).toEqual(Object.fromEntries(Object.keys(example).map((k) => [k, real[k]])));
    expect(problemsAfter((t) => (entry(t, 'sources', id).data = example))).toEqual([]);
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
    // The misspelled participant is the one the message suggests: the example names the person it mistypes.
    const meant = entry(contentTree(), 'meetings', stem!).data.participants[Number(index)].person;
    expect(example).toContain(`Did you mean "${meant}"?`);
    const problems = problemsAfter(
      (t) => (entry(t, 'meetings', stem!).data.participants[Number(index)].person = written),
    );
    expect(problems).toEqual([example]);
  });

  it('states the terms of reuse the Data page and record.json give', () => {
    expect(readFileSync('README.md', 'utf8').replace(/\s+/g, ' ')).toContain(DATA_LICENCE);
  });
});
