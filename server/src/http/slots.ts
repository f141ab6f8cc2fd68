/**
 * At most `size` holders at once; the others wait in line, each at most `waitMs`. acquire()
 * resolves to a release function, or null when the wait ran out (the caller answers 429).
 */
export function createSlots(size: number, waitMs: number) {
  let held = 0;
  const line: Array<(granted: boolean) => void> = [];
  const release = () => {
    const next = line.shift();
    if (next) next(true);
    else held -= 1;
  };
  const once = () => {
    let done = false;
    return () => {
      if (!done) {
        done = true;
        release();
      }
    };
  };
  return {
    get held() {
      return held;
    },
    get waiting() {
      return line.length;
    },
    acquire(): Promise<(() => void) | null> {
      if (held < size) {
        held += 1;
        return Promise.resolve(once());
      }
      if (waitMs <= 0) return Promise.resolve(null);
      return new Promise((resolve) => {
        const turn = (granted: boolean) => {
          clearTimeout(timer);
          resolve(granted ? once() : null);
        };
        const timer = setTimeout(() => {
          line.splice(line.indexOf(turn), 1);
          turn(false);
        }, waitMs);
        line.push(turn);
      });
    },
  };
}
