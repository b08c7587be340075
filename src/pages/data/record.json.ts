// The whole structured record as one JSON file (src/lib/record-file.ts).
import type { APIContext } from 'astro';
import { SITE_TITLE } from '../../consts';
import { BUILT } from '../../lib/built';
import { graph } from '../../lib/content';
import { DATA_LICENCE } from '../../lib/exports';
import { buildRecord } from '../../lib/record-file';

export function GET({ site }: APIContext) {
  const record = buildRecord(graph, site!, { title: SITE_TITLE, built: BUILT, licence: DATA_LICENCE });
  return new Response(`${JSON.stringify(record, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}
