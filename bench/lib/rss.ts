import { readFileSync, readdirSync } from "node:fs";

/** Peak resident memory (VmHWM) of a process and its descendants, in MiB (Linux /proc). */
export function peakRssMiB(rootPid: number): number {
  const pids = [rootPid, ...descendants(rootPid)];
  let total = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb / 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

function descendants(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry), ...descendants(Number(entry)));
    } catch {
      // gone
    }
  }
  return children;
}
