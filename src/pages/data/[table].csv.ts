// One table of the record as CSV (src/lib/exports.ts): /data/meetings.csv…
import type { APIContext } from 'astro';
import { graph } from '../../lib/content';
import { tableCsv, tablesOf } from '../../lib/exports';

export function getStaticPaths() {
  return tablesOf(graph, import.meta.env.SITE).map((t) => ({ params: { table: t.name } }));
}

export function GET({ params, site }: APIContext) {
  const table = tablesOf(graph, site!).find((t) => t.name === params.table);
  if (!table) return new Response(null, { status: 404 });
  return new Response(tableCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
