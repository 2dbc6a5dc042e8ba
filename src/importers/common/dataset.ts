/** The DatasetRef every importer's discovery builds for the files it recognises in one folder. */
import { basename } from 'node:path';
import type { DatasetRef } from '../types.js';
import { dateFromPath } from './sniff.js';

/**
 * A dataset of files in one folder: labelled by the folder's name (unless told otherwise) and
 * published on the date that name gives, when it is a date ("2024-05-03", "2022-05").
 */
export function folderDataset(source: string, dir: string, files: Record<string, string>, label = basename(dir)): DatasetRef {
  const ref: DatasetRef = { source, label, files };
  const date = dateFromPath(dir);
  if (date) ref.publishedAt = date;
  return ref;
}
