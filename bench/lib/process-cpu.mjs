/**
 * CPU time of a browser's processes, read from /proc (Linux): the work a page load costs each
 * process, which the machine's load hardly changes, unlike wall time. A browser is found by its
 * profile directory on the command line; its processes are that process and its descendants, and
 * an extension's process is the renderer started with --extension-process.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function read(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** pid → { ppid, ms, cmdline } for every process still there. */
function processes() {
  const out = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const stat = read(`/proc/${name}/stat`);
    if (stat === null) continue;
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    out.set(Number(name), { ppid: Number(fields[1]), ms: (ticks * 1000) / TICKS_PER_SECOND, cmdline: (read(`/proc/${name}/cmdline`) ?? '').split('\0').join(' ') });
  }
  return out;
}

/** CPU ms used so far by the browser whose profile is `userDataDir`: all its processes, and its extension process. */
export function browserCpu(userDataDir) {
  const all = processes();
  const root = [...all].find(([, p]) => p.cmdline.includes(`--user-data-dir=${userDataDir}`) && !p.cmdline.includes('--type='));
  if (!root) throw new Error(`no browser process for ${userDataDir}`);
  let total = 0;
  let extension = 0;
  const tree = new Set([root[0]]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, p] of all) {
      if (!tree.has(pid) && tree.has(p.ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  for (const pid of tree) {
    const p = all.get(pid);
    total += p.ms;
    if (p.cmdline.includes('--extension-process')) extension += p.ms;
  }
  return { total, extension };
}
