/** The fuzz run's server: the shared real-server helper with one process. */
import { startServe as start, type ServeProcess } from '../serve-process.js';

export type { ServeProcess };

export function startServe(db: string, timeoutMs = 60_000): Promise<ServeProcess> {
  return start(db, { timeoutMs, args: ['--workers', '1'] });
}
