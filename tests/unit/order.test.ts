// The site's orders of strings (src/lib/order.ts) do not follow the build machine's locale.
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inCodePointOrder, inEnglishOrder } from '../../src/lib/order';

const NAMES = ['Zhang Wei', 'Özbek Aliyev', 'Abdullo Karimov', 'Meeting 10', 'Meeting 9', 'Øresund'];
const IN_ENGLISH = ['Abdullo Karimov', 'Meeting 9', 'Meeting 10', 'Øresund', 'Özbek Aliyev', 'Zhang Wei'];

/** How a Node started under a Swedish locale sorts NAMES with localeCompare and with inEnglishOrder. */
function sortedUnderSwedish() {
  const script = `
    const { inEnglishOrder } = await import(${JSON.stringify(pathToFileURL('src/lib/order.ts').href)});
    const names = ${JSON.stringify(NAMES)};
    console.log(JSON.stringify({
      locale: new Intl.Collator().resolvedOptions().locale,
      localeCompare: [...names].sort((a, b) => a.localeCompare(b)),
      inEnglishOrder: [...names].sort(inEnglishOrder),
    }));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    env: { ...process.env, LANG: 'sv_SE.UTF-8', LC_ALL: 'sv_SE.UTF-8' },
    encoding: 'utf8',
  });
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as { locale: string; localeCompare: string[]; inEnglishOrder: string[] };
}

describe('orders of strings', () => {
  it('puts names and titles in English order, numbers by their value', () => {
    expect([...NAMES].sort(inEnglishOrder)).toEqual(IN_ENGLISH);
  });

  it('gives the same English order on a machine whose locale sorts otherwise', () => {
    const swedish = sortedUnderSwedish();
    // The locale took effect: localeCompare puts the Swedish letters after Z there.
    expect(swedish.locale).toBe('sv-SE');
    const swedishOrder = swedish.localeCompare;
    expect(swedishOrder.indexOf('Zhang Wei')).toBeLessThan(swedishOrder.indexOf('Özbek Aliyev'));
    expect(swedish.inEnglishOrder).toEqual(IN_ENGLISH);
  });

  it('puts ids, dates and keys in code-point order, as sort() does', () => {
    const ids = ['b-2', 'a-10', 'a-9', 'A', 'a', '2017-04-10', '2017-04', 'a-b', 'ab'];
    expect([...ids].sort(inCodePointOrder)).toEqual([...ids].sort());
  });
});
