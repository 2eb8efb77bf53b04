/**
 * A copy of the register's content grown `factor` times, for `npm run bench -- --scale <factor>`:
 * every provider and service copied factor − 1 times under new ids (`<id>-x<n>`), as the LOCAL
 * services the register will hold once ASTRA's survey of the 174 local governments is entered.
 * Each copied provider, with its own services, covers one area: the City of Belgrade or an
 * administrative district, in turn, so that the per-area editions, the area filter and the search
 * are measured as they will be used. The copies pass every check: their names say their area, their
 * translations follow their copied source text, and they have no phone, e-mail or web address (a
 * contact is written once in the register, and none is invented).
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../src/content/read.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { toLatin } from '../src/i18n/transliterate.ts';
import { textFingerprint } from '../src/model/fingerprint.ts';
import type { TextFields } from '../src/schemas/text.ts';

type Facts = Record<string, unknown> & {
  parent?: string;
  provider?: string;
  alsoAt?: string[];
  coverage?: { level: string; areas?: string[] };
  statedIn?: Record<string, unknown>;
};
interface Area {
  id: string;
  kind: 'city' | 'district';
  name: string;
  formal?: boolean;
}

const copyId = (id: string, n: number) => `${id}-x${n}`;

async function yamlFiles(dir: string): Promise<Map<string, Facts>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  return new Map(await Promise.all(files.map(async (f) => [f.slice(0, -5), parse(await readFile(join(dir, f), 'utf8')) as Facts] as const)));
}

/** A generator of numbers in [0, 1) from a seed, so that a grown copy is the same every time. */
function random(seed: string): () => number {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = Math.imul(h ^ (h >>> 15), 2246822507);
    h = Math.imul(h ^ (h >>> 13), 3266489909);
    h ^= h >>> 16;
    return (h >>> 0) / 4294967296;
  };
}

/**
 * The words of each sentence in another order: a copy reads as a different text to gzip, as a real
 * local service's would, so that the pages that list many are measured as they will weigh. Each
 * sentence keeps its words and its end, so the copy passes the same checks as the original.
 */
function shuffled(text: string | undefined, next: () => number): string | undefined {
  if (!text) return text;
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence) => {
      const end = /[.!?…]+$/u.exec(sentence)?.[0] ?? '';
      const words = sentence.slice(0, sentence.length - end.length).split(/\s+/u);
      for (let i = words.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [words[i], words[j]] = [words[j]!, words[i]!];
      }
      return words.join(' ') + end;
    })
    .join(' ');
}

/** A text with its area after its name, in the text's alphabet, and its plain-language texts in another word order. */
function copyText(source: string, area: string, latin: boolean, seed: string): { data: TextFields; body: string } {
  const split = splitFrontMatter(source)!;
  const data = parse(split.frontMatter) as TextFields;
  const place = latin ? toLatin(area) : area;
  const next = random(seed);
  return {
    data: {
      ...data,
      name: `${data.name} (${place})`.slice(0, 140),
      summary: shuffled(data.summary, next)!,
      ...(data.whoCanGet ? { whoCanGet: shuffled(data.whoCanGet, next) } : {}),
      ...(data.howToGet ? { howToGet: shuffled(data.howToGet, next) } : {}),
    },
    body: split.body,
  };
}

const mdx = (data: TextFields, body: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;

/**
 * Writes the grown content under `root` (root/content) and returns how many entries it holds.
 * Factor 1 is the register as it is.
 */
export async function growContent(source: string, root: string, factor: number): Promise<{ providers: number; services: number; areas: number }> {
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  await cp(join(source, 'content'), join(root, 'content'), { recursive: true });
  const content = join(root, 'content');
  const providers = await yamlFiles(join(content, 'providers'));
  const services = await yamlFiles(join(content, 'services'));
  const areas = (parse(await readFile(join(content, 'areas.yaml'), 'utf8')) as Area[]).filter((a) => !a.formal);
  const locales = (await readdir(join(content, 'text'))).sort();
  const readText = async (locale: string, kind: string, id: string) => readFile(join(content, 'text', locale, kind, `${id}.mdx`), 'utf8').catch(() => undefined);

  const servicesOf = new Map<string, string[]>();
  for (const [id, s] of services) servicesOf.set(s.provider!, [...(servicesOf.get(s.provider!) ?? []), id]);

  let turn = 0;
  for (let n = 1; n < factor; n++) {
    for (const [providerId, provider] of providers) {
      const area = areas[turn++ % areas.length]!;
      const coverage = { level: area.kind, areas: [area.id] };
      const entries: [kind: 'providers' | 'services', id: string, facts: Facts][] = [
        ['providers', providerId, { ...provider, ...(provider.parent ? { parent: copyId(provider.parent, n) } : {}), coverage }],
        ...(servicesOf.get(providerId) ?? []).map((id): ['services', string, Facts] => {
          const { coverage: own, ...service } = services.get(id)!;
          const statedIn = { ...service.statedIn };
          // The copy covers its provider's area: its own coverage, and the source of it, go.
          if (own) delete statedIn.coverage;
          return [
            'services',
            id,
            {
              ...service,
              provider: copyId(providerId, n),
              ...(service.alsoAt ? { alsoAt: service.alsoAt.map((p) => copyId(p, n)) } : {}),
              ...(Object.keys(statedIn).length > 0 ? { statedIn } : { statedIn: undefined }),
            },
          ];
        }),
      ];
      for (const [kind, id, facts] of entries) {
        // A contact is written once in the whole register: copies have none.
        const { phones: _p, emails: _e, websites: _w, ...rest } = facts;
        const copy = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
        await writeFile(join(content, kind, `${copyId(id, n)}.yaml`), stringify(copy, { lineWidth: 0 }));
        const sourceText = await readText(SOURCE_LOCALE, kind, id);
        if (!sourceText) continue;
        const original = splitFrontMatter(sourceText)!;
        const originalPrint = textFingerprint(parse(original.frontMatter) as TextFields, original.body);
        const copied = copyText(sourceText, area.name, false, `${SOURCE_LOCALE}/${copyId(id, n)}`);
        const print = textFingerprint(copied.data, copied.body);
        for (const locale of locales) {
          const text = locale === SOURCE_LOCALE ? sourceText : await readText(locale, kind, id);
          if (!text) continue;
          const { data, body } = locale === SOURCE_LOCALE ? copied : copyText(text, area.name, true, `${locale}/${copyId(id, n)}`);
          // A translation that followed the original follows the copy; an outdated one stays outdated.
          if (data.translation && data.translation.from === originalPrint) data.translation = { ...data.translation, from: print };
          await writeFile(join(content, 'text', locale, kind, `${copyId(id, n)}.mdx`), mdx(data, body));
        }
      }
    }
  }
  return { providers: providers.size * factor, services: services.size * factor, areas: areas.length };
}
