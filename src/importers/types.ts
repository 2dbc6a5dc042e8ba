/**
 * What every list importer provides: discovery of its files, a streaming read that maps native records
 * into model entities (fetch -> parse -> map), and the official download locations.
 */
import type { Entity } from '../model/entity.js';

/** One version of one list, as a set of files on disk. */
export interface DatasetRef {
  /** Source key, e.g. `us-ofac-sdn`. */
  source: string;
  /** A label for the version, usually the folder name (`2024-05-03`). */
  label: string;
  /** Files by role (`sdn`, `add`, `alt`, `comments`, `main`, ...) -> absolute path. */
  files: Record<string, string>;
  /** Publication date (YYYY-MM-DD or YYYY-MM) when known from the path; the reader may refine it. */
  publishedAt?: string;
}

export interface ReadContext {
  /** The reader found the publication date inside the file (UN `dateGenerated`, OFSI `Last Updated`). */
  setPublishedAt(date: string): void;
  /**
   * The reader read this many more source records (rows) than it yields entities for: lists with one
   * row per name, address or listing report their rows here, so the version records both figures.
   */
  countRecords?(records: number): void;
}

/** A file the publisher serves, with the role the importer gives it. */
export interface RemoteFile {
  role: string;
  url: string;
  /** File name to store it under, which `discover` recognises. */
  filename: string;
  /** Whether a missing file fails the whole list (true) or is skipped. */
  required: boolean;
}

export interface Importer {
  /** Source key, also the prefix of entity ids. */
  source: string;
  /** Human name of the list. */
  title: string;
  /** The publisher. */
  publisher: string;
  /** Recognise this importer's datasets among all files (absolute paths) of a directory tree. */
  discover(files: readonly string[]): DatasetRef[];
  /** Stream the entities of one dataset. Malformed input throws MALFORMED_FILE with file/line/field. */
  read(ref: DatasetRef, ctx: ReadContext): AsyncIterable<Entity>;
  /** Where the publisher serves the list today; empty where no official bulk download exists. */
  remote: readonly RemoteFile[];
}
