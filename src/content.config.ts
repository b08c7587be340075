// The content collections. Their schemas live in src/lib/schema.ts, shared
// with the build-time validator (src/integrations/validate-content.ts).
import { defineCollection } from 'astro:content';
import { contentRoot } from './lib/load';
import { markdownFiles } from './loaders/markdown-files';
import { schemas, type CollectionName } from './lib/schema';

const root = contentRoot();
const files = (name: CollectionName) => markdownFiles(`${root}/${name}`);

export const collections = {
  sources: defineCollection({ loader: files('sources'), schema: schemas.sources }),
  meetings: defineCollection({ loader: files('meetings'), schema: schemas.meetings }),
  people: defineCollection({ loader: files('people'), schema: schemas.people }),
  countries: defineCollection({ loader: files('countries'), schema: schemas.countries }),
  organizations: defineCollection({ loader: files('organizations'), schema: schemas.organizations }),
  places: defineCollection({ loader: files('places'), schema: schemas.places }),
  agreements: defineCollection({ loader: files('agreements'), schema: schemas.agreements }),
  events: defineCollection({ loader: files('events'), schema: schemas.events }),
} satisfies Record<CollectionName, unknown>;
