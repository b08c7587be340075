// The JSON Schema of record.json, written by zod from the content's own schemas (src/lib/record-file.ts).
import type { APIContext } from 'astro';
import { recordJsonSchema } from '../../lib/record-file';

export function GET({ site }: APIContext) {
  return new Response(`${JSON.stringify(recordJsonSchema(site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
}
