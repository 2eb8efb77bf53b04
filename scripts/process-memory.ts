/**
 * The memory a build takes, sampled from /proc (Linux) while it runs: the peak resident memory of
 * each process of the tree under one process id, and of all of its Chromium processes together.
 * Resident memory counts pages shared between processes once per process, so the sums are upper
 * bounds; the budget is on any one process. The CPU seconds of every process are added up too
 * (Chromium's are not counted by the parent's resource usage, which reaps only its own children).
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface MemoryPeaks {
  /** Every second: seconds since the start, the largest process that is not Chromium's, and all of Chromium's, in MB. */
  timeline: [seconds: number, build: number, chromium: number][];
  /** The largest resident set of any one process of the tree, in bytes, and which it was. */
  largest: { bytes: number; command: string };
  /** The build's own processes (Node.js, Pagefind): the largest that is not Chromium's. */
  node: number;
  /** The largest Chromium process, and every Chromium process of the tree at once. */
  chromium: number;
  chromiumTotal: number;
  /** Every process of the tree at once. */
  total: number;
  /** CPU seconds (user and system) of every process of the tree, Chromium's and Pagefind's too, as last sampled. */
  cpuSeconds: number;
}

const PAGE = 4096;
/** Clock ticks per second (USER_HZ), 100 on Linux. */
const TICKS = 100;

function processes(): { pid: number; ppid: number; command: string; rss: number; ticks: number }[] {
  const found = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (command) state ppid …": the command may hold spaces and parentheses.
      const close = stat.lastIndexOf(')');
      const command = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const rss = Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * PAGE;
      // utime and stime, in clock ticks (fields 14 and 15 of /proc/<pid>/stat).
      const ticks = Number(fields[11]) + Number(fields[12]);
      found.push({ pid: Number(name), ppid: Number(fields[1]), command, rss, ticks });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return found;
}

const isChromium = (command: string) => /chrom|headless_shell/i.test(command);

/** Samples the tree under `pid` every `intervalMs` until `stop()`, which returns the peaks. */
export function sampleMemory(pid: number, intervalMs = 200): { stop: () => MemoryPeaks } {
  const peaks: MemoryPeaks = { timeline: [], largest: { bytes: 0, command: '' }, node: 0, chromium: 0, chromiumTotal: 0, total: 0, cpuSeconds: 0 };
  const ticks = new Map<number, number>();
  const start = performance.now();
  const sample = () => {
    const all = processes();
    const children = new Map<number, number[]>();
    for (const p of all) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
    const tree = new Set<number>();
    for (const queue = [pid]; queue.length > 0; ) {
      const next = queue.pop()!;
      if (tree.has(next)) continue;
      tree.add(next);
      queue.push(...(children.get(next) ?? []));
    }
    let total = 0;
    let chromiumTotal = 0;
    let build = 0;
    for (const p of all) {
      if (!tree.has(p.pid)) continue;
      ticks.set(p.pid, Math.max(ticks.get(p.pid) ?? 0, p.ticks));
      total += p.rss;
      if (p.rss > peaks.largest.bytes) peaks.largest = { bytes: p.rss, command: p.command };
      if (isChromium(p.command)) {
        chromiumTotal += p.rss;
        peaks.chromium = Math.max(peaks.chromium, p.rss);
      } else build = Math.max(build, p.rss);
    }
    peaks.node = Math.max(peaks.node, build);
    peaks.cpuSeconds = Math.round([...ticks.values()].reduce((a, b) => a + b, 0) / TICKS);
    const seconds = Math.floor((performance.now() - start) / 1000);
    if (peaks.timeline.at(-1)?.[0] !== seconds) peaks.timeline.push([seconds, Math.round(build / 1e6), Math.round(chromiumTotal / 1e6)]);
    peaks.total = Math.max(peaks.total, total);
    peaks.chromiumTotal = Math.max(peaks.chromiumTotal, chromiumTotal);
  };
  const timer = setInterval(sample, intervalMs);
  sample();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return peaks;
    },
  };
}
