/**
 * `npm run bench`: what the built register costs a person on a cheap phone with slow, metered data, in
 * reports/bench.md and bench.json. Timings differ between machines, so they are reported, never asserted;
 * sizes are budgets in tests/real/budgets.test.ts. `-- --scale`: scripts/bench-scale.ts.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { LOCALES } from '../src/i18n/locales.ts';
import { firstSearches, htmlSizes, kb, table, visit, withSite, writeReport, type Visit } from './bench-measure.ts';
import { REAL_SITE } from './sites.ts';

const REPORTS = join(import.meta.dirname, '..', 'reports');
/** One page of each template, in every language: a home page, lists, entries, the search, the guide, the downloads. */
const TEMPLATES = ['', 'register/', 'providers/csw/', 'services/astra-sos-line/', 'categories/accommodation/'];
TEMPLATES.push('rights/', 'search/', 'safety/', 'brochure/', 'brochure/safe-place/', 'downloads/');
/** A first visit, and the screenshots: a language's home page and an entry's page. */
const FIRST_VISIT = ['', 'services/astra-sos-line/'];
/** The first screens of a page, on a phone and on a wide screen. */
const SCREENS = [360, 1280].map((width) => ({ width, height: width === 360 ? 740 : 800 }));
const SCREEN_MAX_HEIGHT = 1600;

/** Screenshots of each language's home and entry page, in reports/screens/. */
async function screenshots(browser: Browser, origin: string): Promise<string[]> {
  const dir = join(REPORTS, 'screens');
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const saved: string[] = [];
  for (const viewport of SCREENS) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
    for (const { path: locale } of LOCALES) {
      for (const route of FIRST_VISIT) {
        if (!(await page.goto(`${origin}/${locale}/${route}`, { waitUntil: 'load' }))?.ok()) continue;
        const height = Math.min(SCREEN_MAX_HEIGHT, await page.evaluate(() => document.documentElement.scrollHeight));
        const name = `${locale}-${route ? 'entry' : 'home'}-${viewport.width}.png`;
        const clip = { x: 0, y: 0, width: viewport.width, height };
        await page.screenshot({ path: join(dir, name), clip, fullPage: true });
        saved.push(name);
      }
    }
    await page.close();
  }
  return saved;
}

async function measureSite() {
  const pages = await htmlSizes(REAL_SITE.dist);
  const tiersFile = join(REPORTS, 'test-tiers.json');
  const tiers = existsSync(tiersFile) ? JSON.parse(await readFile(tiersFile, 'utf8')) : undefined;
  return withSite(REAL_SITE.dist, async (browser, origin) => {
    const loads: Visit[] = [];
    const paths = LOCALES.flatMap(({ path }) => TEMPLATES.map((template) => `/${path}/${template}`));
    for (const path of paths) if (pages.some((p) => p.path === path)) loads.push(await visit(browser, origin, path));
    const [searches, screens] = [await firstSearches(browser, origin), await screenshots(browser, origin)];
    return { pages: pages.length, largest: pages.slice(0, 10), loads, searches, screens, tiers };
  });
}

type Measured = Awaited<ReturnType<typeof measureSite>>;
const sum = (l: Visit, ...types: string[]) => kb(types.reduce((total, t) => total + (l.byType[t] ?? 0), 0));
const ms = (n: number) => `${Math.round(n)} ms`;

/** What pages weigh: each template's (with its load time), a first visit's (HTML, CSS and fonts), the largest. */
function weights({ loads, largest }: Measured): string[] {
  const firstVisit = new Set(LOCALES.flatMap(({ path }) => FIRST_VISIT.map((route) => `/${path}/${route}`)));
  const kinds = ['document', 'stylesheet', 'font', 'script'];
  return [
    '## Page weight per template and language (a first visit)',
    '',
    ...table(
      ['page', 'total', 'html', 'css', 'fonts', 'scripts', 'requests', 'load'],
      loads.map((l) => [l.path, kb(l.bytes), ...kinds.map((k) => sum(l, k)), l.requests, ms(l.ms)]),
    ),
    '',
    '## A first visit in each edition: HTML, CSS and fonts',
    '',
    ...table(
      ['page', 'HTML', 'CSS', 'fonts', 'total'],
      loads
        .filter((l) => firstVisit.has(l.path))
        .map((l) => [l.path, ...kinds.slice(0, 3).map((k) => sum(l, k)), sum(l, ...kinds.slice(0, 3))]),
    ),
    '',
    '## Largest HTML files (gzipped)',
    '',
    ...largest.map((h) => `- ${h.path}: ${kb(h.gzip)} gzipped (${kb(h.raw)} raw)`),
  ];
}

function siteReport(measured: Measured): string {
  const { pages, searches, screens, tiers } = measured;
  const tierRows = ((tiers?.timings ?? []) as { tier: string; seconds: number }[]).map((t) => [t.tier, t.seconds]);
  return [
    '# Bench',
    '',
    `${new Date().toISOString()}, ${pages} pages. Loads over emulated slow 3G (400 ms, 400 kbit/s), cache off,`,
    '360 px wide; bytes as transferred (compressed, headers included).',
    '',
    ...weights(measured),
    '',
    '## A first search: what the search transfers from opening the search page to the first results',
    '',
    ...table(
      ['page', 'query', 'results', 'bytes', 'requests', 'time'],
      searches.map((c) => [c.path, c.query, c.results, kb(c.bytes), c.requests, ms(c.ms)]),
    ),
    '',
    '## Test tiers (`npm test`)',
    '',
    ...(tiers
      ? [`As last run, ${tiers.date}:`, '', ...table(['tier', 'seconds'], tierRows)]
      : ['(`npm test` writes them)']),
    '',
    '## Screenshots',
    '',
    `The first screens (at most ${SCREEN_MAX_HEIGHT} px) of each language's home page and of an entry page:`,
    '',
    ...screens.map((name) => `- [${name}](screens/${name})`),
    '',
  ].join('\n');
}

const scale = process.argv.indexOf('--scale');
if (scale >= 0) {
  const factors = (process.argv[scale + 1] ?? '1,10').split(',').map(Number);
  if (factors.some((f) => !Number.isInteger(f) || f < 1))
    throw new Error('--scale takes whole factors of 1 or more: --scale 1,10');
  await (await import('./bench-scale.ts')).scaleBench(factors);
} else {
  if (!existsSync(join(REAL_SITE.dist, 'index.html'))) throw new Error('Build the register first: npm run build');
  const measured = await measureSite();
  await writeReport('bench', siteReport(measured), measured);
}
