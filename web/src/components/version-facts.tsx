/** The list version an entity was served from: source, label, dates and the checksum of its files. */
import type { DatasetVersion } from '../api-types';
import { formatBytes, formatCount, formatDateTime } from '../format';
import { FactList } from './fact-list';

export function VersionFacts({ version }: { version: DatasetVersion }) {
  return (
    <FactList
      facts={[
        ['Source', <span key="s" className="source">{version.source}</span>],
        ['Version', `${version.label} (id ${version.id})`],
        ['Published', formatDateTime(version.publishedAt)],
        ['Imported', formatDateTime(version.importedAt)],
        ['Entities', version.total === undefined ? '' : formatCount(version.total)],
        ['Checksum', <code key="c" className="checksum">{version.checksum}</code>],
        ['Files', version.files?.length > 0 && (
          <ul key="f" className="files">
            {version.files.map((f) => <li key={f.name}>{f.name} <span className="muted">{formatBytes(f.bytes)}</span></li>)}
          </ul>
        )],
      ]}
    />
  );
}
