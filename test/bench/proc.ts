import { readFileSync, writeFileSync } from 'node:fs';

// Peak resident memory of a running process, from Linux /proc: VmHWM is the high-water mark,
// and writing 5 to clear_refs resets it, so one export can be measured in a long-lived server.

export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Peak RSS in MB since start or the last reset; null when /proc cannot tell. */
export function peakRssMb(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : null;
  } catch {
    return null;
  }
}
