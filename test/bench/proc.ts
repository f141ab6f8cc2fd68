import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

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

/** The child processes of a process (Linux /proc/<pid>/task/<tid>/children). */
export function childPids(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) =>
      readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Samples the peak RSS of a process's children (e.g. the API's export processes) every `everyMs`
 * until stopped; a child's VmHWM only grows, so the last sample before it exits is its peak
 * to within one interval.
 */
export function watchChildrenPeakRss(pid: number, everyMs = 200): { stop(): number | null } {
  let peak: number | null = null;
  const sample = () => {
    for (const child of childPids(pid)) {
      const mb = peakRssMb(child);
      if (mb !== null && (peak === null || mb > peak)) peak = mb;
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}
