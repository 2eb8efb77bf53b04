/**
 * `npm run bench -- --scale 10` (or `--scale 1,10,30`): the register grown that many times with local
 * services (scripts/grow-content.ts), built in a temporary folder, and measured: the build's seconds
 * by step (from the steps' own records, src/build/timing.ts), pages per second, the peak memory of
 * the build and of Chromium, the search index and what a first search transfers, the largest page,
 * and the PDFs' pages and sizes. Each factor's figures are kept in reports/scale.json, and
 * reports/scale.md shows every factor measured so far, beside the budgets at ten times.
 */
import { env } from '../src/config/env.ts';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../src/build/chromium.ts';
import { headersFor } from '../src/build/headers.ts';
import { serveDirectory } from '../src/build/static-server.ts';
import { EDITOR_PATH } from '../src/config/security.ts';
import { readPdf } from '../src/print/pdf-outline.ts';
import { firstSearch, type NetworkConditions } from './bench-search.ts';
import { growContent } from './grow-content.ts';
import { sampleMemory, type MemoryPeaks } from './process-memory.ts';

const ROOT = join(import.meta.dirname, '..');
const KB = 1024;
const MB = 1024 * 1024;

/** The budgets at ten times the register, on two cores (issue #18). */
export const SCALE_BUDGETS = { buildSeconds: 150, memoryBytes: 1.5 * 1024 * MB, firstSearchBytes: 100 * KB, htmlGzipBytes: 15 * KB, brochurePages: 40 };

interface Pdf {
  file: string;
  bytes: number;
  pages: number;
}

export interface ScaleRun {
  factor: number;
  date: string;
  cores: number;
  memoryGB: number;
  providers: number;
  services: number;
  localEditions: number;
  htmlPages: number;
  seconds: number;
  /** CPU seconds of the whole build, every process together (two cores give at most two a second). */
  cpuSeconds?: number;
  steps: Record<string, number>;
  pdfRenderings?: number;
  pdfWorkers?: number;
  memory: MemoryPeaks;
  searchIndexBytes: number;
  firstSearch: { path: string; query: string; bytes: number; results: number }[];
  largestHtml: { path: string; gzip: number };
  htmlOverBudget: number;
  /** The pages over budget, by template ("categories/*"): how many. */
  htmlOverByTemplate?: Record<string, number>;
  pdfs: { count: number; bytes: number; register: Pdf; largestSector?: Pdf; brochure: Pdf; largestLocal?: Pdf };
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String);
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const f of await filesUnder(dir)) {
    const info = await stat(join(dir, f));
    if (info.isFile()) total += info.size;
  }
  return total;
}

/** A build of the grown register in `root`, sampled for memory, with every step's seconds. */
async function build(
  root: string,
  out: string,
  log: string,
): Promise<{ seconds: number; steps: Record<string, number>; extra: Record<string, number>; memory: MemoryPeaks }> {
  const timings = join(root, 'timings.jsonl');
  await rm(timings, { force: true });
  const start = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'scripts/astro.ts'), 'build'], {
    cwd: ROOT,
    // REAL_DIST, not REGISTER_OUT_DIR: scripts/astro.ts sets the latter from the former.
    env: { ...process.env, REGISTER_ROOT: root, REGISTER_OUT_DIR: out, REGISTER_TIMINGS: timings },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = createWriteStream(log);
  child.stdout.pipe(logFile);
  child.stderr.pipe(logFile);
  const memory = sampleMemory(child.pid!);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const peaks = memory.stop();
  const seconds = (performance.now() - start) / 1000;
  if (code !== 0) throw new Error(`The build failed (exit ${code}): see ${log}`);
  const steps: Record<string, number> = {};
  const extra: Record<string, number> = {};
  for (const line of (await readFile(timings, 'utf8')).split('\n').filter(Boolean)) {
    const { step, seconds: s, ...rest } = JSON.parse(line) as { step: string; seconds: number } & Record<string, number>;
    if (s > 0) steps[step] = (steps[step] ?? 0) + s;
    Object.assign(extra, rest);
  }
  return { seconds, steps, extra, memory: peaks };
}

const SLOW_3G: NetworkConditions = { offline: false, latency: 400, downloadThroughput: (400 * 1024) / 8, uploadThroughput: (400 * 1024) / 8 };

async function measureSearch(out: string) {
  const { origin, close } = await serveDirectory(out, { headers: headersFor });
  const browser = await launchBrowser();
  try {
    return (await firstSearch(browser, origin, SLOW_3G)).map(({ path, query, bytes, results }) => ({ path, query, bytes, results }));
  } finally {
    await browser.close();
    await close();
  }
}

async function measurePdfs(out: string): Promise<ScaleRun['pdfs']> {
  const dir = join(out, 'downloads');
  const pdfs: Pdf[] = [];
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.pdf')).sort()) {
    const data = await readFile(join(dir, file));
    const read = await readPdf(data);
    pdfs.push({ file, bytes: data.length, pages: read.numPages });
    await read.close();
  }
  const largest = (list: Pdf[]) => list.sort((a, b) => b.pages - a.pages || b.bytes - a.bytes)[0];
  // Serbian (Cyrillic) files end in "-sr.pdf".
  const sr = pdfs.filter((p) => p.file.endsWith('-sr.pdf'));
  const register = sr.find((p) => p.file === 'register-sr.pdf')!;
  const brochure = sr.find((p) => p.file === 'brochure-sr.pdf')!;
  const sectors = sr.filter((p) => p.file.startsWith('register-') && p !== register);
  // Local editions: every brochure but the national one, in any language.
  const locals = pdfs.filter((p) => p.file.startsWith('brochure-') && !/^brochure-(sr|sr-latn|en|sq|rom)\.pdf$/.test(p.file));
  return {
    count: pdfs.length,
    bytes: pdfs.reduce((s, p) => s + p.bytes, 0),
    register,
    largestSector: largest(sectors),
    brochure,
    largestLocal: largest(locals),
  };
}

async function measureHtml(out: string) {
  let largest = { path: '', gzip: 0 };
  let pages = 0;
  let over = 0;
  const byTemplate: Record<string, number> = {};
  for (const file of await filesUnder(out)) {
    // Not the web editor, and not the print pages when a build keeps them (REGISTER_KEEP_PRINT_PAGES): neither is a page of the site.
    if (!file.endsWith('.html') || file.startsWith(EDITOR_PATH) || /^[^/]+\/print\//.test(file)) continue;
    pages++;
    const gzip = gzipSync(await readFile(join(out, file)), { level: 9 }).length;
    if (gzip > SCALE_BUDGETS.htmlGzipBytes) {
      over++;
      // "sr/categories/x/2/index.html" → "categories/*/*"
      const template =
        file
          .split('/')
          .slice(1, -1)
          .map((part, i) => (i === 0 ? part : '*'))
          .join('/') || file;
      byTemplate[template] = (byTemplate[template] ?? 0) + 1;
    }
    if (gzip > largest.gzip) largest = { path: `/${file.replace(/index\.html$/, '')}`, gzip };
  }
  return { pages, largest, over, byTemplate };
}

export async function measureScale(factor: number): Promise<ScaleRun> {
  const root = join(tmpdir(), `register-scale-${factor}`);
  const out = join(root, 'dist');
  console.log(`× ${factor}: growing the content in ${root} …`);
  const grown = await growContent(ROOT, root, factor);
  console.log(`× ${factor}: ${grown.providers} providers, ${grown.services} services; building (log: ${join(root, 'build.log')}) …`);
  const built = await build(root, out, join(root, 'build.log'));
  console.log(`× ${factor}: built in ${built.seconds.toFixed(0)} s; measuring …`);
  // The memory of every second of the build, to see which step takes most: beside the grown copy, not in the report.
  await writeFile(`${root}-memory.json`, JSON.stringify(built.memory.timeline));
  const html = await measureHtml(out);
  const pdfs = await measurePdfs(out);
  const search = await measureSearch(out);
  const run: ScaleRun = {
    factor,
    date: new Date().toISOString(),
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 / MB),
    providers: grown.providers,
    services: grown.services,
    localEditions: (await readdir(join(out, 'downloads'))).filter((f) => /^brochure-.+-sr\.pdf$/.test(f) && f !== 'brochure-sr.pdf').length,
    htmlPages: html.pages,
    seconds: Math.round(built.seconds * 10) / 10,
    cpuSeconds: built.memory.cpuSeconds,
    steps: Object.fromEntries(Object.entries(built.steps).map(([k, v]) => [k, Math.round(v * 10) / 10])),
    pdfRenderings: built.extra.renderings,
    pdfWorkers: built.extra.workers,
    memory: { ...built.memory, timeline: [] },
    searchIndexBytes: await sizeOf(join(out, 'pagefind')),
    firstSearch: search,
    largestHtml: html.largest,
    htmlOverBudget: html.over,
    htmlOverByTemplate: html.byTemplate,
    pdfs,
  };
  // The grown copy is large (about 100 MB per factor): only the figures are kept.
  if (!env.KEEP_SCALE_BUILD) await rm(root, { recursive: true, force: true });
  return run;
}

const kb = (n: number) => `${(n / KB).toFixed(0)} KB`;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const gb = (n: number) => `${(n / 1024 / MB).toFixed(2)} GB`;
const pdf = (p: Pdf | undefined) => (p ? `${p.pages} p., ${mb(p.bytes)}` : '–');

export function scaleReport(runs: ScaleRun[]): string {
  const sorted = [...runs].sort((a, b) => a.factor - b.factor);
  const steps = [...new Set(sorted.flatMap((r) => Object.keys(r.steps)))];
  const row = (label: string, cell: (r: ScaleRun) => string) => `| ${label} | ${sorted.map(cell).join(' | ')} |`;
  const maxSearch = (r: ScaleRun) => Math.max(...r.firstSearch.map((s) => s.bytes));
  const ten = sorted.find((r) => r.factor === 10);
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**not met**');
  return [
    '# Scale: the register grown with local services',
    '',
    'Made by `npm run bench -- --scale 1,10,30` (scripts/bench-scale.ts): every provider and service copied under new ids as a local',
    'service of the City of Belgrade or a district, in turn (scripts/grow-content.ts), built in a temporary folder on this machine',
    `(${sorted[0]?.cores ?? '?'} cores, ${sorted[0]?.memoryGB ?? '?'} GB), then measured. The build's steps time themselves (src/build/timing.ts);`,
    'memory is the peak resident memory sampled from /proc every 200 ms; "first search" is what the search page transfers over',
    'emulated slow 3G from opening to the first results, for the heaviest of the five languages.',
    '',
    row('factor', (r) => `**× ${r.factor}**`),
    `|---|${sorted.map(() => '---:').join('|')}|`,
    row('providers, services', (r) => `${r.providers}, ${r.services}`),
    row('local editions (areas)', (r) => String(r.localEditions)),
    row('HTML pages', (r) => String(r.htmlPages)),
    row('**build, seconds**', (r) => `**${r.seconds.toFixed(0)}**`),
    ...steps.map((s) => row(`– ${s}`, (r) => (r.steps[s] === undefined ? '–' : r.steps[s]!.toFixed(1)))),
    row('CPU seconds, all processes', (r) => (r.cpuSeconds === undefined ? '–' : String(r.cpuSeconds))),
    row('CPU seconds per 100 entries (linear growth keeps it flat)', (r) =>
      r.cpuSeconds === undefined ? '–' : ((100 * r.cpuSeconds) / (r.providers + r.services)).toFixed(1),
    ),
    row('pages per second', (r) => (r.steps.pages ? (r.htmlPages / r.steps.pages).toFixed(0) : '–')),
    row('PDF renderings (workers)', (r) => `${r.pdfRenderings ?? '–'} (${r.pdfWorkers ?? '–'})`),
    row('peak memory: build (Node.js, Pagefind)', (r) => gb(r.memory.node)),
    row('peak memory: largest Chromium process', (r) => gb(r.memory.chromium)),
    row('peak memory: all Chromium processes', (r) => gb(r.memory.chromiumTotal)),
    row('search index', (r) => mb(r.searchIndexBytes)),
    row('first search (heaviest language)', (r) => kb(maxSearch(r))),
    row('largest page, HTML gzipped', (r) => `${kb(r.largestHtml.gzip)} (${r.largestHtml.path})`),
    row('pages over 15 KB gzipped', (r) =>
      [String(r.htmlOverBudget), ...Object.entries(r.htmlOverByTemplate ?? {}).map(([template, n]) => `${template}: ${n}`)].join('<br>'),
    ),
    row('PDFs (all languages)', (r) => `${r.pdfs.count}, ${mb(r.pdfs.bytes)}`),
    row('register, Serbian (whole)', (r) => pdf(r.pdfs.register)),
    row('register, largest sector', (r) => pdf(r.pdfs.largestSector)),
    row('brochure for all of Serbia, Serbian', (r) => pdf(r.pdfs.brochure)),
    row('largest local edition', (r) => (r.pdfs.largestLocal ? `${pdf(r.pdfs.largestLocal)} (${r.pdfs.largestLocal.file})` : '–')),
    '',
    '## Budgets at ten times, two cores',
    '',
    '| budget | at × 10 | |',
    '|---|---:|---|',
    `| whole build under ${SCALE_BUDGETS.buildSeconds} s | ${ten ? `${ten.seconds.toFixed(0)} s` : '–'} | ${verdict(ten && ten.seconds < SCALE_BUDGETS.buildSeconds)} |`,
    `| peak memory under 1.5 GB for any process | ${ten ? `${gb(ten.memory.largest.bytes)} (${ten.memory.largest.command})` : '–'} | ${verdict(ten && ten.memory.largest.bytes < SCALE_BUDGETS.memoryBytes)} |`,
    `| a first search under 100 KB | ${ten ? kb(maxSearch(ten)) : '–'} | ${verdict(ten && maxSearch(ten) < SCALE_BUDGETS.firstSearchBytes)} |`,
    `| no page's HTML over 15 KB gzipped | ${ten ? kb(ten.largestHtml.gzip) : '–'} | ${verdict(ten && ten.htmlOverBudget === 0)} |`,
    `| every brochure within 40 A5 pages | ${ten ? `${Math.max(ten.pdfs.brochure.pages, ten.pdfs.largestLocal?.pages ?? 0)} p.` : '–'} | ${verdict(ten && Math.max(ten.pdfs.brochure.pages, ten.pdfs.largestLocal?.pages ?? 0) <= SCALE_BUDGETS.brochurePages)} |`,
    '',
    '## First search, per language',
    '',
    `| language | ${sorted.map((r) => `× ${r.factor}`).join(' | ')} |`,
    `|---|${sorted.map(() => '---:').join('|')}|`,
    ...[...new Set(sorted.flatMap((r) => r.firstSearch.map((s) => s.path)))].map(
      (path) =>
        `| ${path} | ${sorted
          .map((r) => r.firstSearch.find((s) => s.path === path))
          .map((s) => (s ? `${kb(s.bytes)} (${s.results} results)` : '–'))
          .join(' | ')} |`,
    ),
    '',
  ].join('\n');
}

/** Measures each factor in turn, keeping earlier factors' figures, and writes reports/scale.{json,md}. */
export async function scaleBench(factors: number[]): Promise<void> {
  const reports = join(ROOT, 'reports');
  await mkdir(reports, { recursive: true });
  const json = join(reports, 'scale.json');
  const runs: ScaleRun[] = existsSync(json) ? (JSON.parse(await readFile(json, 'utf8')) as { runs: ScaleRun[] }).runs : [];
  for (const factor of factors) {
    const run = await measureScale(factor);
    const at = runs.findIndex((r) => r.factor === factor);
    if (at >= 0) runs[at] = run;
    else runs.push(run);
    runs.sort((a, b) => a.factor - b.factor);
    await writeFile(json, `${JSON.stringify({ runs }, null, 2)}\n`);
    await writeFile(join(reports, 'scale.md'), scaleReport(runs));
    console.log(scaleReport(runs));
  }
  console.log('Written to reports/scale.md and reports/scale.json');
}
