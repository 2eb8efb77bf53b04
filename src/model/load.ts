/**
 * The register, read from Astro's content collections once per build. Everything downstream
 * imports `getRegister()` from here.
 */
import { getCollection } from 'astro:content';
import { FACT_FILES, textFile, type RegisterInput, type TextKind } from './input.ts';
import { buildRegister, type Register } from './register.ts';

let cached: Promise<Register> | undefined;

async function readInput(): Promise<RegisterInput> {
  const [providers, services, texts, sources, areas, emergencyNumbers] = await Promise.all([
    getCollection('providers'),
    getCollection('services'),
    getCollection('texts'),
    getCollection('sources'),
    getCollection('areas'),
    getCollection('emergencyNumbers'),
  ]);
  return {
    providers: providers.map((e) => ({ id: e.id, file: FACT_FILES.providers(e.id), data: e.data })),
    services: services.map((e) => ({ id: e.id, file: FACT_FILES.services(e.id), data: e.data })),
    texts: texts.map((e) => {
      const [locale, kind, entryId] = e.id.split('/') as [string, TextKind, string];
      return { id: e.id, file: textFile(locale, kind, entryId), data: e.data, locale, kind, entryId, body: e.body ?? '' };
    }),
    sources: sources.map((e) => ({ id: e.id, file: FACT_FILES.sources, data: e.data })),
    areas: areas.map((e) => ({ id: e.id, file: FACT_FILES.areas, data: e.data })),
    emergencyNumbers: emergencyNumbers.map((e) => ({ id: e.id, file: FACT_FILES.emergencyNumbers, data: e.data })),
    glossaries: {},
  };
}

export function getRegister(): Promise<Register> {
  cached ??= readInput().then(buildRegister);
  return cached;
}
