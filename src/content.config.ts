/**
 * Content collections. The schemas live in src/schemas/ and are shared with the content checker
 * (src/checks/), which runs before Astro reads these collections and explains every problem with
 * its file and field. References between entries are plain ids: the register model
 * (src/model/register.ts) resolves them and fails the build on a dangling one, because Astro's
 * `reference()` does not prove that the target exists.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { areaSchema, emergencyNumberSchema, providerSchema, serviceSchema, sourceSchema } from './schemas/facts.ts';
import { textSchema } from './schemas/text.ts';

/** Keep ids exactly as the file path says (Astro would lower-case "sr-Cyrl"). */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx)$/, '');

export const collections = {
  providers: defineCollection({
    loader: glob({ base: './content/providers', pattern: '*.yaml', generateId: idFromPath }),
    schema: providerSchema,
  }),
  services: defineCollection({
    loader: glob({ base: './content/services', pattern: '*.yaml', generateId: idFromPath }),
    schema: serviceSchema,
  }),
  texts: defineCollection({
    loader: glob({ base: './content/text', pattern: '*/{providers,services,pages}/*.mdx', generateId: idFromPath }),
    schema: textSchema,
  }),
  sources: defineCollection({ loader: file('./content/sources.yaml'), schema: sourceSchema }),
  areas: defineCollection({ loader: file('./content/areas.yaml'), schema: areaSchema }),
  emergencyNumbers: defineCollection({ loader: file('./content/emergency-numbers.yaml'), schema: emergencyNumberSchema }),
};
