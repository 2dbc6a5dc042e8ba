/**
 * Worker threads for the TypeScript sources: under tsx (a `.ts` module URL) the worker registers tsx's
 * loader itself, because workers do not inherit `--import`; from compiled JavaScript it runs the `.js`
 * entry. Each worker says `{ ready: true }` once it has set itself up.
 */
import { Worker } from 'node:worker_threads';

/** Start the worker whose entry sits beside `from` (an `import.meta.url`) under the name `entry` (without extension). */
export function startWorker(from: string, entry: string, workerData?: unknown): Worker {
  if (!from.endsWith('.ts')) return new Worker(new URL(`./${entry}.js`, from), { workerData });
  const url = new URL(`./${entry}.ts`, from).href;
  const api = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url)}); })`, { eval: true, workerData });
}

/** Resolve once every worker has said it is ready; reject on the first that fails to start. */
export function whenReady(workers: Worker[]): Promise<void[]> {
  return Promise.all(
    workers.map(
      (w) =>
        new Promise<void>((ok, fail) => {
          const onMessage = (m: { ready?: boolean }) => {
            if (m.ready) {
              w.off('message', onMessage);
              ok();
            }
          };
          w.on('message', onMessage);
          w.once('error', fail);
        }),
    ),
  );
}
