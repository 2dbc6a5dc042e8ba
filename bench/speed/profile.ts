/**
 * A CPU profile of the timed query loops only (not list reading or index build), through the
 * inspector, for `--profile FILE`; bench/speed/profile-top.ts prints its hot spots.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

export interface Profiler {
  stop(): Promise<void>;
}

export async function startProfile(file: string): Promise<Profiler> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  return {
    async stop() {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
