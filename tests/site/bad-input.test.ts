// Bad input through the real build: a copy of the content with one thing
// broken must stop `astro build` with a message naming the file, the field
// and what would be valid (and no stack trace), and must leave no site in the out dir, not even
// the one an earlier build put there. A tree with two problems in different
// files reports both. The validator fails at config setup, so each build
// takes a couple of seconds; they run one after another.
import { cpSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureLines } from '../../src/lib/paragraphs';
import { buildSite } from '../helpers/build';
import { addFrontmatter, copyContent, edit } from '../helpers/content-copy';
import { ROOT_SITE, TMP } from '../helpers/site';

const MEETING = 'meetings/2017-09-beijing-rahimzoda-guo.md';
const OTHER_MEETING = 'meetings/2024-04-01-tashkent-bobojonov-wang.md';
const SOURCE = 'tajik-interior-minister-meets-guo-shengkun';
const INTERVIEW = 'sources/rakhimzoda-interview-2015.md';

interface Case {
  name: string;
  /** Breaks one thing in the copy at `dir`. */
  breakIt: (dir: string) => void;
  /** What the build must print: one line per problem, each as [file, field, what is valid]. */
  expected: [file: string, field: string, valid: string][];
}

const replaceIn = (file: string, from: RegExp | string, to: string) => (dir: string) =>
  edit(dir, file, (t) => t.replace(from, to));

const CASES: Case[] = [
  {
    name: 'missing-field',
    breakIt: replaceIn(MEETING, /^title: .*\n/m, ''),
    expected: [[MEETING, 'title', 'is missing; expected text']],
  },
  {
    name: 'wrong-type',
    breakIt: replaceIn(MEETING, 'inferred: true', 'inferred: "yes"'),
    expected: [[MEETING, 'date.inferred', 'expected true or false, found text "yes"']],
  },
  {
    name: 'unknown-field',
    breakIt: replaceIn(MEETING, /^topics:/m, 'topic:'),
    expected: [[MEETING, '(frontmatter)', 'unknown field "topic"; did you mean "topics"?']],
  },
  {
    name: 'unknown-person',
    breakIt: replaceIn(MEETING, 'person: guo-shengkun', 'person: guo-shenkun'),
    expected: [
      [
        MEETING,
        'participants.1.person',
        'unknown person "guo-shenkun". Did you mean "guo-shengkun"? Valid: an id of a file in',
      ],
    ],
  },
  {
    name: 'unknown-source',
    breakIt: replaceIn(MEETING, `["${SOURCE}#p2"]`, '["tajik-minister-meets-guo#p2"]'),
    expected: [
      [
        MEETING,
        'topics.0.cites.0',
        `unknown source "tajik-minister-meets-guo". Did you mean "${SOURCE}"? Valid: an id of a file in`,
      ],
    ],
  },
  {
    name: 'impossible-date',
    breakIt: replaceIn(MEETING, 'value: "2017-09"', 'value: "2017-02-30"'),
    expected: [
      [
        MEETING,
        'date.value',
        '"2017-02-30" is not a day of the calendar: February 2017 has 28 days; expected "YYYY-MM-DD" (day)',
      ],
    ],
  },
  {
    name: 'missing-paragraph',
    breakIt: replaceIn(MEETING, `["${SOURCE}#p5"]`, `["${SOURCE}#p99"]`),
    expected: [[MEETING, 'topics.3.cites.0', `source "${SOURCE}" has no paragraph 99; its paragraphs are 1, 2,`]],
  },
  {
    name: 'excerpt-drops-a-line',
    // The interview's paragraph 7, which no record cites, taken out of its excerpt and not listed as left out.
    breakIt: (dir) => {
      const capture = /^ {2}file: (\S+)$/m.exec(readFileSync(join(dir, INTERVIEW), 'utf8'))![1]!;
      const line = captureLines(readFileSync(join(dir, 'captures', capture), 'utf8')).find((l) => l.n === 7)!;
      replaceIn(INTERVIEW, `${line.text}\n`, '')(dir);
    },
    expected: [[INTERVIEW, '(body)', 'is not in the excerpt; add it as a paragraph in its place, or, if it is not']],
  },
  {
    name: 'duplicate-id',
    breakIt: (dir) => {
      writeFileSync(join(dir, 'people/shengkun-guo.md'), readFileSync(join(dir, 'people/guo-shengkun.md')));
      addFrontmatter(dir, 'people/shengkun-guo.md', 'slug: guo-shengkun');
    },
    expected: [['people/shengkun-guo.md', 'slug', 'duplicate person id "guo-shengkun", also used by']],
  },
  {
    name: 'duplicate-alias',
    breakIt: (dir) => {
      addFrontmatter(dir, 'people/guo-shengkun.md', 'aliases: [minister-guo]');
      addFrontmatter(dir, 'people/cao-jianming.md', 'aliases: [minister-guo]');
    },
    expected: [
      ['people/cao-jianming.md', 'aliases.0', '"minister-guo" is also an alias of'],
      ['people/guo-shengkun.md', 'aliases.0', '"minister-guo" is also an alias of'],
    ],
  },
  {
    name: 'former-id-own',
    // A meeting renamed, keeping its id by slug, with that id listed as a former one too: its page would redirect to itself.
    breakIt: (dir) => {
      renameSync(join(dir, MEETING), join(dir, MEETING.replace('.md', '-talks.md')));
      addFrontmatter(
        dir,
        MEETING.replace('.md', '-talks.md'),
        'slug: 2017-09-beijing-rahimzoda-guo\nformerIds: [2017-09-beijing-rahimzoda-guo]',
      );
    },
    expected: [
      [
        MEETING.replace('.md', '-talks.md'),
        'formerIds.0',
        '"2017-09-beijing-rahimzoda-guo" is this meeting\'s own id; remove it',
      ],
    ],
  },
  {
    name: 'unclosed-frontmatter',
    breakIt: replaceIn(MEETING, /\n---\s*$/, '\n'),
    expected: [[MEETING, '(frontmatter)', 'has no closing --- line; expected a line "---" after its last field']],
  },
  {
    name: 'text-below-a-meeting',
    breakIt: (dir) => edit(dir, MEETING, (t) => `${t}\nThe ministers also discussed drug trafficking.\n`),
    expected: [[MEETING, '(body)', "a meeting's file has no body; put the text in notes"]],
  },
  {
    name: 'two-files',
    breakIt: (dir) => {
      replaceIn(MEETING, 'value: "2017-09"', 'value: "2017-02-30"')(dir);
      replaceIn(OTHER_MEETING, /person: wang-xiaohong/, 'person: wang-xiaohon')(dir);
    },
    expected: [
      [MEETING, 'date.value', 'is not a day of the calendar'],
      [OTHER_MEETING, 'participants.1.person', 'unknown person "wang-xiaohon". Did you mean "wang-xiaohong"?'],
    ],
  },
];

describe('a broken content tree stops the real build', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (name, { breakIt, expected }) => {
    const dir = copyContent(`bad-${name}`);
    breakIt(dir);
    const outDir = join(TMP, 'site', `bad-${name}`);
    cpSync(ROOT_SITE, outDir, { recursive: true }); // an earlier, complete build
    const build = buildSite({ name: `bad-${name}`, contentDir: dir, keepOutDir: true });

    expect(build.status, build.output).not.toBe(0);
    const lines = build.output.split('\n');
    for (const [file, field, valid] of expected) {
      // The copy's path as the build names it, then the field, then what is wrong and what is valid.
      const where = `${join(dir, file)}: ${field}: `;
      const line = lines.find((l) => l.includes(where));
      expect(line, `no line naming ${where} in:\n${build.output}`).toBeDefined();
      expect(line).toContain(valid);
    }
    const count = expected.length;
    expect(build.output).toContain(`The content has ${count} problem${count === 1 ? '' : 's'}; nothing was built`);
    // A content mistake is not a crash: the list alone, with no stack trace or "unhandled error" around it.
    expect(build.output).not.toContain('    at ');
    expect(build.output).not.toContain('unhandled error');
    expect(existsSync(join(outDir, 'index.html')), 'an index.html is left in the out dir').toBe(false);
  });
});
