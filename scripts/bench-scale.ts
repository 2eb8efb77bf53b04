/**
 * `npm run bench -- --scale` (today's size and ten times; `--scale 1` for today's only): what a
 * contributor waits for, at each size three builds of a grown copy (the report says which), against
 * the budgets. reports/scale.md and scale.json are written whole by every run, so that every figure
 * comes from one machine at one time.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { chromiumVersion } from '../src/build/chromium.ts';
import { env } from '../src/config/env.ts';
import { readPdf } from '../src/print/pdf-outline.ts';
import { firstSearches, htmlSizes, kb, table, withSite, writeReport } from './bench-measure.ts';
import { growContent } from './grow-content.ts';

const ROOT = join(import.meta.dirname, '..');
const MB = 1024 * 1024;
/** Issue 26's budgets, shares of the cold build; issue 18's, at ten times the register on two cores. */
const BUDGET = { unchanged: 0.3, phone: 0.4, cold: 150, memory: 1.5 * 1024 * MB, search: 100 * 1024, html: 15 * 1024 };
/** The entry whose phone the third build changes: printed where 5 of 9 numbers are (register, its sector's edition). */
const PHONE_ENTRY = 'providers/csw-belgrade.yaml';
const BUILDS = { cold: 'cold', unchanged: 'nothing changed', phone: 'one phone changed' } as const;
type Kind = keyof typeof BUILDS;
type Build = Awaited<ReturnType<typeof build>>;
type Size = Awaited<ReturnType<typeof measureSize>>;

/** Every process: its parent, its own CPU ticks (user and system, 100 a second) and resident pages (4 KB). */
function processes(): { pid: number; parent: number; ticks: number; pages: number }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        // "pid (command) state ppid …": the command may hold spaces and parentheses.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const [parent, user, system, pages] = [1, 11, 12, 21].map((i) => Number(fields[i]));
        return [{ pid: Number(name), parent: parent!, ticks: user! + system!, pages: pages! }];
      } catch {
        return []; // It ended between the listing and the reading.
      }
    });
}

/**
 * CPU seconds and the largest resident set in the process tree under `pid`, from /proc until `stop()`:
 * getrusage and GNU time leave out Chromium's renderers, no longer the build's when they end.
 */
function sampleTree(pid: number) {
  const ticks = new Map<number, number>();
  let peakBytes = 0;
  const timer = setInterval(() => {
    const all = processes();
    const tree = new Set([pid]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const p of all) if (tree.has(p.parent) && !tree.has(p.pid)) grew = Boolean(tree.add(p.pid));
    }
    for (const p of all.filter((q) => tree.has(q.pid))) {
      ticks.set(p.pid, Math.max(ticks.get(p.pid) ?? 0, p.ticks));
      peakBytes = Math.max(peakBytes, p.pages * 4096);
    }
  }, 200);
  return () => {
    clearInterval(timer);
    return { cpuSeconds: [...ticks.values()].reduce((a, b) => a + b, 0) / 100, peakBytes };
  };
}

/** One build of the copy in `root`, sampled, with what it recorded of itself. */
async function build(root: string, kind: Kind) {
  const [timings, log] = [join(root, 'timings.jsonl'), join(root, `build-${kind}.log`)];
  await rm(timings, { force: true });
  const [load, start, output] = [loadavg()[0]!, performance.now(), openSync(log, 'w')];
  const settings = { REGISTER_ROOT: root, REGISTER_OUT_DIR: join(root, 'dist'), REGISTER_TIMINGS: timings };
  // The copy's own PDF and page caches, empty before its cold build.
  const caches = { REGISTER_PDF_CACHE: join(root, 'pdf-cache'), REGISTER_PAGE_CACHE: join(root, 'page-cache') };
  const child = spawn(process.execPath, [join(ROOT, 'scripts/astro.ts'), 'build'], {
    cwd: ROOT,
    env: { ...process.env, ...settings, ...caches },
    stdio: ['ignore', output, output],
  });
  const stop = sampleTree(child.pid!);
  const [code] = (await once(child, 'exit')) as [number | null];
  const seconds = (performance.now() - start) / 1000;
  closeSync(output);
  if (code !== 0) throw new Error(`The build "${BUILDS[kind]}" failed (exit ${code}): see ${log}`);
  const steps: Record<string, number> = {};
  for (const line of (await readFile(timings, 'utf8')).split('\n').filter(Boolean)) {
    const { step, seconds: s } = JSON.parse(line) as { step: string; seconds: number };
    steps[step] = (steps[step] ?? 0) + s;
  }
  const text = await readFile(log, 'utf8');
  const [, pdfs, printed] = /(\d+) PDFs in \d+ languages: (\d+) printed/.exec(text) ?? [];
  // Astro logs each page it draws with its time, and each it copies from the page cache as "restored".
  const count = (line: RegExp) => text.match(line)?.length ?? 0;
  const [drawn, copied] = [count(/├─ \S+ \(\+/g), count(/├─ \S+ \(restored\)/g)];
  return { kind, load, seconds, ...stop(), steps, pdfs: Number(pdfs), printed: Number(printed), drawn, copied };
}

/** Changes the last digit of the first phone number of PHONE_ENTRY in the copy. */
async function changePhone(root: string): Promise<void> {
  const file = join(root, 'content', PHONE_ENTRY);
  const facts = await readFile(file, 'utf8');
  const changed = facts.replace(/(number: "\+\d+)(\d)"/, (_all, rest: string, last) => `${rest}${(+last + 1) % 10}"`);
  if (changed === facts) throw new Error(`${PHONE_ENTRY} has no phone number: name another entry in PHONE_ENTRY`);
  await writeFile(file, changed);
}

/** What a built register weighs: its pages, its PDFs and a first search in each language. */
async function weigh(dist: string) {
  const pages = await htmlSizes(dist);
  const pdfs: { file: string; bytes: number; pages: number }[] = [];
  for (const file of (await readdir(join(dist, 'downloads'))).filter((f) => f.endsWith('.pdf'))) {
    const data = await readFile(join(dist, 'downloads', file));
    const read = await readPdf(data);
    pdfs.push({ file, bytes: data.length, pages: read.numPages });
    await read.close();
  }
  const brochures = pdfs.filter((p) => p.file.startsWith('brochure-')).sort((a, b) => b.pages - a.pages);
  return {
    htmlPages: pages.length,
    largestHtml: pages[0]!,
    htmlOver: pages.filter((p) => p.gzip > BUDGET.html).length,
    searches: await withSite(dist, firstSearches),
    pdfBytes: pdfs.reduce((sum, p) => sum + p.bytes, 0),
    registerPages: pdfs.find((p) => p.file === 'register-sr.pdf')?.pages ?? 0,
    largestBrochure: brochures[0]!,
  };
}

async function measureSize(factor: number) {
  const root = join(tmpdir(), `register-scale-${factor}`);
  console.log(`× ${factor}: growing the content in ${root} …`);
  const { providers, services } = await growContent(ROOT, root, factor);
  const builds: Build[] = [];
  for (const kind of Object.keys(BUILDS) as Kind[]) {
    if (kind === 'phone') await changePhone(root);
    console.log(`× ${factor}: ${providers} providers, ${services} services; building, ${BUILDS[kind]} …`);
    builds.push(await build(root, kind));
    console.log(`  ${builds.at(-1)!.seconds.toFixed(1)} s`);
  }
  const size = { factor, providers, services, builds, ...(await weigh(join(root, 'dist'))) };
  // The grown copy is large (about 1 GB at ten times, with its PDF cache): only the figures are kept.
  if (!env.KEEP_SCALE_BUILD) await rm(root, { recursive: true, force: true });
  return size;
}

const s = (n: number) => n.toFixed(1);
const pct = (n: number) => `${Math.round(n * 100)} %`;
const mb = (n: number) => `${(n / MB).toFixed(0)} MB`;
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');
const built = (size: Size, kind: Kind) => size.builds.find((b) => b.kind === kind)!;

/** A row a build: its seconds, its steps', its PDFs', CPU, memory and the machine's load. */
const buildRow = (size: Size) => (b: Build) => {
  const step = (name: string) => s(b.steps[name] ?? 0);
  const pdfs = `${step('PDFs')} (${pct((b.steps.PDFs ?? 0) / b.seconds)})`;
  const head = [b.kind === 'cold' ? `**× ${size.factor}**` : '', BUILDS[b.kind], `**${s(b.seconds)}**`];
  const steps = ['Content read and checked', 'pages', 'Search index', 'Open data'].map(step);
  const drawn = `${b.drawn} of ${b.drawn + b.copied}`;
  return [...head, ...steps, drawn, pdfs, `${b.printed} of ${b.pdfs}`, s(b.cpuSeconds), mb(b.peakBytes), s(b.load)];
};

/** Each budget, and what the register weighs, as rows of label and one cell per size. */
type Rows = [string, (size: Size) => string | number][];
const rows = (sizes: Size[], labelled: Rows) => labelled.map(([label, cell]) => [label, ...sizes.map(cell)]);

const share = (kind: Kind, budget: number) => (size: Size) => {
  const ratio = (of: 'seconds' | 'cpuSeconds') => built(size, kind)[of] / built(size, 'cold')[of];
  return `${pct(ratio('seconds'))}: ${verdict(ratio('seconds') <= budget)} (CPU: ${pct(ratio('cpuSeconds'))})`;
};
const cold = (size: Size) => built(size, 'cold').seconds;
const search = (size: Size) => Math.max(...size.searches.map((c) => c.bytes));
const peak = (size: Size) => Math.max(...size.builds.map((b) => b.peakBytes));
const brochure = (size: Size) => size.largestBrochure.pages;
const BUDGET_ROWS: Rows = [
  [`rebuild, nothing changed, ≤ ${pct(BUDGET.unchanged)} of the cold build`, share('unchanged', BUDGET.unchanged)],
  [`rebuild, one phone changed, ≤ ${pct(BUDGET.phone)} of the cold build`, share('phone', BUDGET.phone)],
  [`cold build under ${BUDGET.cold} s (at × 10)`, (z) => `${s(cold(z))} s: ${verdict(cold(z) < BUDGET.cold)}`],
  ['no process over 1.5 GB', (z) => `${mb(peak(z))}: ${verdict(peak(z) < BUDGET.memory)}`],
  ['a first search under 100 KB, every language', (z) => `${kb(search(z))}: ${verdict(search(z) < BUDGET.search)}`],
  ['no page over 15 KB gzipped', (z) => `${kb(z.largestHtml.gzip)}: ${verdict(z.htmlOver === 0)}`],
  ['every brochure within 40 A5 pages', (z) => `${brochure(z)} p.: ${verdict(brochure(z) <= 40)}`],
];
const WEIGHT_ROWS: Rows = [
  ['providers, services', (z) => `${z.providers}, ${z.services}`],
  ['HTML pages', (z) => z.htmlPages],
  ['largest page, gzipped', (z) => `${kb(z.largestHtml.gzip)} (${z.largestHtml.path})`],
  ['PDFs', (z) => `${z.builds[0]!.pdfs}, ${mb(z.pdfBytes)}`],
  ['the register, Serbian', (z) => `${z.registerPages} p.`],
  ['largest brochure', (z) => `${z.largestBrochure.pages} p. (${z.largestBrochure.file})`],
];

function scaleReport(sizes: Size[], machine: string): string {
  const head = ['size', 'build', 'seconds', 'content', 'pages', 'search', 'open data', 'pages drawn', 'PDFs (share)'];
  head.push('PDFs printed', 'CPU s', 'peak', 'load');
  const builds = sizes.flatMap((size) => size.builds.map(buildRow(size)));
  const languages = sizes[0]!.searches.map((c, i): Rows[number] => [
    `first search, ${c.path}`,
    (z) => `${kb(z.searches[i]!.bytes)} (${z.searches[i]!.results} results)`,
  ]);
  return [
    "# Scale: what a contributor waits for, at today's size and grown",
    '',
    `Made by \`npm run bench -- --scale ${sizes.map((z) => z.factor).join(',')}\` (scripts/bench-scale.ts) ${machine}.`,
    'At each size the content is copied into a temporary folder, grown with local services (every provider and',
    'service copied under new ids for the City of Belgrade or a district in turn, scripts/grow-content.ts), and built',
    'three times in a row: cold (no site, empty page and PDF caches), again with nothing changed, and again after one',
    `phone number changed (${PHONE_ENTRY}: printed in the whole register and its sector's edition). Seconds are wall`,
    'time; each step times itself (src/build/timing.ts), and the steps after the pages run side by side. The search',
    'index is made beside the pages, in a process of its own: its column is the wait for it after them. CPU is the',
    'user and system seconds of every process of the build (Node.js, Pagefind, Chromium), and peak the largest',
    'resident set of any one, both sampled from /proc every 200 ms. Load is the load average (1 minute) as the build',
    'began: above the number of cores, other work shared them.',
    '',
    ...table(head, builds),
    '',
    '## Budgets',
    '',
    ...table(['budget', ...sizes.map((z) => `× ${z.factor}`)], rows(sizes, BUDGET_ROWS)),
    '',
    '## What the built register weighs',
    '',
    ...table(['', ...sizes.map((z) => `× ${z.factor}`)], rows(sizes, [...WEIGHT_ROWS, ...languages])),
    '',
  ].join('\n');
}

export async function scaleBench(factors: number[]): Promise<void> {
  const [cpu, memory] = [cpus(), Math.round(totalmem() / 1024 / MB)];
  const date = new Date().toISOString().slice(0, 10);
  const machine = `on ${date}, ${cpu.length} cores (${cpu[0]?.model.trim()}), ${memory} GB, ${chromiumVersion()}`;
  const sizes: Size[] = [];
  for (const factor of factors) sizes.push(await measureSize(factor));
  await writeReport('scale', scaleReport(sizes, machine), { machine, sizes });
}
