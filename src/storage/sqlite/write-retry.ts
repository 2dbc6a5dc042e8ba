/**
 * Writes that several processes make to one SQLite file (the audit trail of a server cluster) wait for
 * the write lock in steps of tens of microseconds: SQLite's own busy timeout sleeps whole milliseconds
 * and more, which turns a lock held for 50 µs into a queue of requests waiting 10-100 ms.
 */
const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Give up after this long: a lock held for seconds is a fault, not contention. */
const MAX_WAIT_MS = 5000;

export function withWriteRetry<T>(write: () => T): T {
  let delayMs = 0.02;
  let waited = 0;
  for (;;) {
    try {
      return write();
    } catch (e) {
      if ((e as { code?: string }).code !== 'SQLITE_BUSY' || waited > MAX_WAIT_MS) throw e;
      Atomics.wait(sleeper, 0, 0, delayMs);
      waited += delayMs;
      delayMs = Math.min(delayMs * 2, 1);
    }
  }
}
