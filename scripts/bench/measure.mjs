// Runs one build and measures it: wall time, and peak memory of the
// whole process tree, read from /proc every 50 ms. Each process's VmHWM is
// the kernel's own high-water mark of its resident set, so a spike between two
// samples is not missed; the peak is the largest sum of the VmHWM of the
// processes alive together.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules', 'astro', 'bin', 'astro.mjs');
const SITE_BUILD = join(process.cwd(), 'scripts', 'build.mjs');

function children() {
  const byParent = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function treeOf(pid) {
  const byParent = children();
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(byParent.get(p) ?? []));
  }
  return out;
}

/** Peak resident set in kB of a process, or 0 once it is gone. */
function highWaterKb(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** This site's real build (scripts/build.mjs: Astro, then the search index) with `env`: { status, seconds, peakMb, output }. */
export function measureSiteBuild(env) {
  return measureProcess(process.execPath, [SITE_BUILD, '--silent'], { ASTRO_TELEMETRY_DISABLED: '1', ...env });
}

/** A plain `astro build` of the project at `root`, measured the same way. */
export function measureAstroBuild(root) {
  return measureProcess(process.execPath, [ASTRO, 'build', '--silent', '--root', root], { ASTRO_TELEMETRY_DISABLED: '1' });
}

/** Runs one command and measures it the same way: { status, seconds, peakMb, output }. */
export function measureProcess(command, args, env = {}) {
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const seen = new Map();
    let peakKb = 0;
    const sample = () => {
      let sum = 0;
      for (const pid of treeOf(child.pid)) {
        const kb = Math.max(highWaterKb(pid), seen.get(pid) ?? 0);
        seen.set(pid, kb);
        sum += kb;
      }
      peakKb = Math.max(peakKb, sum);
    };
    const timer = setInterval(sample, 50);
    child.on('exit', () => clearInterval(timer));
    child.on('close', (status) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ status: status ?? 1, seconds, peakMb: peakKb / 1024, output });
    });
  });
}
