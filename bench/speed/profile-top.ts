/**
 * Top functions by self time in a V8 CPU profile, to find hot spots of the screening engine:
 *   npm run bench:speed -- --skip-nomenklatura --workers 0 --profile /tmp/speed.cpuprofile
 *   node --import tsx bench/speed/profile-top.ts /tmp/speed.cpuprofile [N]
 * (a whole-process profile from `node --cpu-prof` works too, but mixes in list reading and the build).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  fn: string;
  where: string;
  selfMs: number;
  share: number;
}

/** Self time per function (name and location), summed over every node of the call tree it appears in. */
export function hotSpots(profile: Profile, top = 25): HotSpot[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFn = new Map<string, { fn: string; where: string; micros: number }>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    const f = byNode.get(id)!.callFrame;
    // Line numbers under tsx point into transformed code; the file and function name are what count.
    const where = f.url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/');
    const key = `${f.functionName}@${where}`;
    const entry = byFn.get(key) ?? { fn: f.functionName || '(anonymous)', where, micros: 0 };
    entry.micros += micros;
    byFn.set(key, entry);
    total += micros;
  }
  return [...byFn.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, top)
    .map((e) => ({ fn: e.fn, where: e.where, selfMs: e.micros / 1000, share: total ? e.micros / total : 0 }));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, n] = process.argv.slice(2);
  if (!file) throw new Error('usage: profile-top.ts <file.cpuprofile> [N]');
  for (const h of hotSpots(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(n ?? 25))) {
    console.log(`${h.selfMs.toFixed(0).padStart(8)} ms ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.fn}  ${h.where}`);
  }
}
