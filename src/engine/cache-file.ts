// The cache file's default name and the error for one ocilint cannot use: what the command line
// and the library need without loading the cache itself (cache.ts is loaded only for --cache).

export const CACHE_FILE = '.ocilintcache';

/** A cache file ocilint cannot use and will not overwrite. */
export class CacheFileError extends Error {
  override name = 'CacheFileError';
}
