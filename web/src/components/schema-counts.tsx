/** Entity counts by schema, in a fixed column order. */
import type { DatasetVersion, Schema } from '../api-types';
import { formatCount } from '../format';

export const SCHEMA_COLUMNS: readonly Schema[] = ['Person', 'Organization', 'Vessel', 'Aircraft'];

export function SchemaCountCells({ version }: { version: DatasetVersion }) {
  return (
    <>
      {SCHEMA_COLUMNS.map((schema) => {
        const n = version.countsBySchema?.[schema];
        return (
          <td key={schema} className={`num ${n ? '' : 'muted'}`}>
            {n ? formatCount(n) : '–'}
          </td>
        );
      })}
    </>
  );
}

export function SchemaCountHeaders() {
  return (
    <>
      {SCHEMA_COLUMNS.map((schema) => (
        <th key={schema} scope="col" className="num">
          {schema === 'Organization' ? 'Organizations' : `${schema}s`}
        </th>
      ))}
    </>
  );
}
