// The content collections. Their schemas live in src/lib/schema.ts, shared
// with the build-time validator (src/integrations/validate-content.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/load';
import { COLLECTIONS, schemas, type CollectionName } from './lib/schema';

const root = contentRoot();

function collection(name: CollectionName) {
  return defineCollection({
    loader: glob({ pattern: '*.md', base: `./${root}/${name}` }),
    schema: schemas[name],
  });
}

export const collections = Object.fromEntries(COLLECTIONS.map((name) => [name, collection(name)])) as {
  [K in CollectionName]: ReturnType<typeof collection>;
};
