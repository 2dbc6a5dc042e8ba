/** `chokepoint lists fetch`: download each list from its publisher and import it. */
import type { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { ChokepointError } from '../../errors.js';
import { fetchLists, UrlConfigSchema, type FetchResult, type UrlConfig } from '../../lists/fetch.js';
import { printJson, printTable, progress } from '../output.js';
import { run } from '../run.js';

export function registerListsFetch(lists: Command): void {
  lists
    .command('fetch')
    .description('download each list from its official URL and import it; a failure keeps the previous version')
    .option('--only <sources>', 'comma-separated list keys to fetch')
    .option('--urls <file>', 'JSON file: {"<list>": {"<file role>": "<url>" | {"url": ..., "sha256": ...}}} overriding official URLs')
    .option('--timeout <ms>', 'timeout per request in milliseconds', '60000')
    .option('--retries <n>', 'retries per file after the first attempt', '3')
    .action((opts: { only?: string; urls?: string; timeout: string; retries: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const results = await fetchLists(ctx.lists(), {
          only: opts.only?.split(',').map((s) => s.trim()),
          urls: opts.urls ? readUrlConfig(opts.urls) : undefined,
          downloadDir: ctx.config.downloadDir,
          timeoutMs: Number(opts.timeout),
          retries: Number(opts.retries),
          onEvent: (m) => progress(m),
        });
        if (ctx.json) printJson({ results: results.map(summarise) });
        else printTable(results.map((r) => [r.source, r.status, r.outcome?.version.id ?? '', r.outcome?.version.total ?? '', r.reason ?? '']), ['list', 'status', 'version', 'entities', 'reason']);
        return results.some((r) => r.status === 'failed') ? 5 : 0;
      }),
    );
}

function summarise(r: FetchResult) {
  return { source: r.source, status: r.status, reason: r.reason, versionId: r.outcome?.version.id, total: r.outcome?.version.total, files: r.files };
}

export function readUrlConfig(path: string): UrlConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ChokepointError('INVALID_INPUT', `cannot read URL configuration: ${(e as Error).message}`, { file: path });
  }
  const parsed = UrlConfigSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ChokepointError('INVALID_INPUT', issue.message, { file: path, field: issue.path.join('.') });
  }
  return parsed.data;
}
