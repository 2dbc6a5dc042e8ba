/** `chokepoint serve` as its own process on a free port, for tests that need a real server: started, watched, stopped. */
import type { ChildProcess } from 'node:child_process';
import { cliSpawn } from './helpers.js';

export interface ServeProcess {
  url: string;
  child: ChildProcess;
  /** Everything it wrote on stdout and stderr so far. */
  log(): string;
  stop(): Promise<void>;
}

/** Start `serve --port 0`, read its address from the "listening on" line, wait for /readyz 200. */
export async function startServe(db: string, opts: { timeoutMs?: number; args?: string[] } = {}): Promise<ServeProcess> {
  const timeoutMs = opts.timeoutMs ?? 60_000;
  const child = cliSpawn(['serve', '--port', '0', '--db', db, ...(opts.args ?? [])]);
  let log = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`serve did not start within ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const m = /listening on (http:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        done(m[1]);
      }
    };
    child.stderr!.on('data', read);
    child.stdout!.on('data', read);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      fail(new Error(`serve exited (${code ?? signal}) before listening:\n${log}`));
    });
  });
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) process.stderr.write(`chokepoint serve exited unexpectedly (${signal ?? code}):\n${log}\n`);
  });
  const deadline = Date.now() + timeoutMs;
  for (let status = 0; status !== 200;) {
    status = await fetch(`${url}/readyz`).then((r) => r.status, () => 0);
    if (status !== 200 && Date.now() > deadline) throw new Error(`${url}/readyz did not answer 200 (last ${status}):\n${log}`);
    if (status !== 200) await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    child,
    log: () => log,
    stop: () => {
      stopping = true;
      return stopProcess(child);
    },
  };
}

/** SIGTERM, then SIGKILL if it has not exited within 10 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
