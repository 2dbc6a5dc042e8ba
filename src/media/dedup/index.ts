/** Near-duplicates: syndicated copies across articles, repeated paragraphs within one. */
export { clusterDuplicates, dedupKeys, isCopy, type DedupDocument, type DuplicateCluster, type ClusterOptions } from './cluster.js';
export { removeRepeatedParagraphs, type RepeatOptions, type RepeatResult } from './repeats.js';
export { createMinHasher, estimateJaccard, bandKeys, type MinHasher, type MinHashOptions } from './minhash.js';
export { shingleHashes, jaccard, words, hash32 } from './shingles.js';
