/**
 * FollowTheMoney files have no single official download: any FtM producer (OpenSanctions exports,
 * aleph, a bank's own data) may write them. Users point `lists import` at their files.
 */
import type { RemoteFile } from '../types.js';

export const remote: RemoteFile[] = [];
