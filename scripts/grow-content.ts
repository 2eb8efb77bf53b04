/**
 * The register's content grown `factor` times, for `npm run bench -- --scale`: every provider and
 * service copied factor − 1 times (`<id>-x<n>`), as the local services ASTRA's survey of the 174 local
 * governments will add. Each copied provider, with its services, covers one area (Belgrade or a
 * district, in turn), so per-area editions, the area filter and the search are measured as they will be
 * used. The copies pass every check: their names say their area, their translations follow their
 * copied source, and they have no contacts (a contact is written once, and none is invented).
 */
import { createHash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../src/content/read.ts';
import { SOURCE_LOCALE } from '../src/i18n/locales.ts';
import { toLatin } from '../src/i18n/transliterate.ts';
import { textFingerprint } from '../src/model/fingerprint.ts';
import type { TextFields } from '../src/schemas/text.ts';

type Kind = 'providers' | 'services';
type Facts = Record<string, unknown> & {
  parent?: string;
  sources?: string[];
  provider?: string;
  alsoAt?: string[];
  coverage?: { level: string; areas?: string[] };
  statedIn?: Record<string, unknown> & { coverage?: string };
};
type Area = { id: string; kind: 'city' | 'district'; name: string; formal?: boolean };

const copyId = (id: string, n: number) => `${id}-x${n}`;

async function yamlFiles(dir: string): Promise<Map<string, Facts>> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  const read = async (f: string) => [f.slice(0, -5), parse(await readFile(join(dir, f), 'utf8')) as Facts] as const;
  return new Map(await Promise.all(files.map(read)));
}

/**
 * Each sentence's words in another order, the same for the same seed: to gzip a copy is another text, as
 * a real service's would be, so long lists weigh as they will; words and ends are kept, so checks pass.
 */
function shuffled(text: string, seed: string): string {
  const rank = (i: number) => createHash('sha1').update(`${seed}/${i}`).digest().readUInt32BE();
  return text
    .split(/(?<=[.!?…])\s+/u)
    .map((sentence, s) => {
      const end = /[.!?…]+$/u.exec(sentence)?.[0] ?? '';
      const words = sentence.slice(0, sentence.length - end.length).split(/\s+/u);
      const ranked = words.map((word, i) => ({ word, rank: rank(s * 1000 + i) })).sort((a, b) => a.rank - b.rank);
      return `${ranked.map((w) => w.word).join(' ')}${end}`;
    })
    .join(' ');
}

/** A text with its area after its name, in the text's alphabet, and its plain-language texts in another word order. */
function copyText(source: string, area: string, latin: boolean, seed: string): { data: TextFields; body: string } {
  const split = splitFrontMatter(source)!;
  const data = parse(split.frontMatter) as TextFields;
  const place = latin ? toLatin(area) : area;
  return {
    data: {
      ...data,
      name: `${data.name} (${place})`.slice(0, 140),
      summary: shuffled(data.summary, `${seed}/summary`),
      ...(data.whoCanGet && { whoCanGet: shuffled(data.whoCanGet, `${seed}/who`) }),
      ...(data.howToGet && { howToGet: shuffled(data.howToGet, `${seed}/how`) }),
    },
    body: split.body,
  };
}

const mdx = (data: TextFields, body: string) => `---\n${stringify(data, { lineWidth: 0 }).trimEnd()}\n---\n${body}`;

type Copied = [kind: Kind, id: string, factsOfCopy: Facts];

type Grown = { content: string; providers: Map<string, Facts>; services: Map<string, Facts>; locales: string[] };

/**
 * The facts of a provider's copy `n` in `area`, and of its services: the copy covers its area, said by
 * the provider's first source (checks refuse a claim without one); its services follow; no contacts.
 */
function copiedFacts({ providers, services }: Grown, providerId: string, n: number, area: Area): Copied[] {
  const provider = providers.get(providerId)!;
  const statedIn = { ...provider.statedIn, coverage: provider.statedIn?.coverage ?? provider.sources![0] };
  const coverage = { level: area.kind, areas: [area.id] };
  const parent = provider.parent && { parent: copyId(provider.parent, n) };
  const entries: Copied[] = [['providers', providerId, { ...provider, ...parent, coverage, statedIn }]];
  for (const [id, service] of services) {
    if (service.provider !== providerId) continue;
    // The copy covers its provider's area: its own coverage, and the source of it, go.
    const { coverage: _own, statedIn: { coverage: _source, ...claims } = {}, ...rest } = service;
    const alsoAt = service.alsoAt?.map((p) => copyId(p, n));
    const claimed = Object.keys(claims).length > 0 ? claims : undefined;
    entries.push(['services', id, { ...rest, provider: copyId(providerId, n), alsoAt, statedIn: claimed }]);
  }
  return entries.map(([kind, id, { phones: _p, emails: _e, websites: _w, ...facts }]) => [kind, id, facts]);
}

/** Writes the copy of an entry's texts in every language; a translation that followed the original follows the copy. */
async function copyTexts({ content, locales }: Grown, kind: Kind, id: string, n: number, area: Area): Promise<void> {
  const read = (locale: string) =>
    readFile(join(content, 'text', locale, kind, `${id}.mdx`), 'utf8').catch(() => undefined);
  const sourceText = await read(SOURCE_LOCALE);
  if (!sourceText) return;
  const original = splitFrontMatter(sourceText)!;
  const originalPrint = textFingerprint(parse(original.frontMatter) as TextFields, original.body);
  const copied = copyText(sourceText, area.name, false, `${SOURCE_LOCALE}/${copyId(id, n)}`);
  const print = textFingerprint(copied.data, copied.body);
  for (const locale of locales) {
    const text = locale === SOURCE_LOCALE ? sourceText : await read(locale);
    if (!text) continue;
    const { data, body } =
      locale === SOURCE_LOCALE ? copied : copyText(text, area.name, true, `${locale}/${copyId(id, n)}`);
    // An outdated translation stays outdated.
    if (data.translation?.from === originalPrint) data.translation = { ...data.translation, from: print };
    await writeFile(join(content, 'text', locale, kind, `${copyId(id, n)}.mdx`), mdx(data, body));
  }
}

/** Writes the grown content in root/content and returns how many entries it holds (factor 1: as it is). */
export async function growContent(source: string, root: string, factor: number) {
  await rm(root, { recursive: true, force: true });
  const content = join(root, 'content');
  await cp(join(source, 'content'), content, { recursive: true });
  const grown: Grown = {
    content,
    providers: await yamlFiles(join(content, 'providers')),
    services: await yamlFiles(join(content, 'services')),
    locales: (await readdir(join(content, 'text'))).sort(),
  };
  const areas = (parse(await readFile(join(content, 'areas.yaml'), 'utf8')) as Area[]).filter((a) => !a.formal);
  let turn = 0;
  for (let n = 1; n < factor; n++) {
    for (const providerId of grown.providers.keys()) {
      const area = areas[turn++ % areas.length]!;
      for (const [kind, id, facts] of copiedFacts(grown, providerId, n, area)) {
        // A value left undefined is not written (yaml's keepUndefined is off).
        await writeFile(join(content, kind, `${copyId(id, n)}.yaml`), stringify(facts, { lineWidth: 0 }));
        await copyTexts(grown, kind, id, n, area);
      }
    }
  }
  return { providers: grown.providers.size * factor, services: grown.services.size * factor };
}
