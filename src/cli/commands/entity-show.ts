/** `chokepoint entity show <id>`: the full record of one entity, with its source version and raw record. */
import type { Command } from 'commander';
import { ChokepointError } from '../../errors.js';
import type { Entity } from '../../model/entity.js';
import { caption } from '../../model/entity.js';
import { printJson, printLine } from '../output.js';
import { run } from '../run.js';

export function registerEntityShow(program: Command): void {
  const entity = program.command('entity').description('look at list entities');
  entity
    .command('show')
    .description('print one entity as the list it comes from serves it now')
    .argument('<id>', 'entity id, e.g. us-ofac-sdn:36')
    .option('--version <id>', 'a specific list version id')
    .action((id: string, opts: { version?: string }, cmd: Command) =>
      run(cmd, async (ctx) => {
        const store = ctx.lists();
        const found = store.entity(id, opts.version ? Number(opts.version) : undefined);
        if (!found) throw new ChokepointError('NOT_FOUND', `no entity '${id}'${opts.version ? ` in version ${opts.version}` : ' in the current list versions'}`);
        const version = store.version(found.versionId);
        if (ctx.json) {
          printJson({ entity: found.entity, version: version && { versionId: version.id, source: version.source, label: version.label, publishedAt: version.publishedAt ?? null } });
        } else {
          printEntity(found.entity);
          if (version) printLine(`\nsource: ${version.source} version ${version.id} (${version.label}, published ${version.publishedAt ?? 'unknown'})`);
        }
        return 0;
      }),
    );
}

function printEntity(e: Entity): void {
  printLine(`${caption(e)}  [${e.schema}${e.orgKind ? `/${e.orgKind}` : ''}]  ${e.id}`);
  const line = (label: string, values: string[]): void => {
    if (values.length) printLine(`  ${label.padEnd(14)} ${values.join('; ')}`);
  };
  line('names', e.names.map((n) => `${n.full} (${n.kind.replace('_', ' ')}, ${n.script})`));
  line('gender', e.gender ? [e.gender] : []);
  line('born', e.birthDates.map((d) => `${d.circa ? 'circa ' : ''}${d.value}`));
  line('birthplace', e.birthPlaces);
  line('nationality', e.nationalities);
  line('countries', e.countries);
  line('identifiers', e.identifiers.map((i) => `${i.type}${i.scheme ? `/${i.scheme}` : ''} ${i.value}${i.country ? ` (${i.country})` : ''}`));
  line('programmes', e.programs.map((p) => p.key));
  line('lists', e.lists);
  line('listed on', e.listedOn ? [e.listedOn] : []);
  line('titles', e.titles);
  line('addresses', e.addresses.map((a) => a.full));
  line('links', e.links.map((l) => `${l.type.replace('_', ' ')} ${l.targetName}`));
  line('secondary', e.secondarySanctions ? ['subject to secondary sanctions'] : []);
  line('remarks', e.remarks);
}
