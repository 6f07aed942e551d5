import pkg from '../package.json' with { type: 'json' };

/** This package's version (its package.json), sent in the default `User-Agent`. */
export const CLIENT_VERSION: string = pkg.version;
