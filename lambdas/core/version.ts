import pkg from '../../package.json' with { type: 'json' };

/** The service version reported by /healthz and /openapi.json (package.json, or APP_VERSION). */
export const VERSION: string = process.env.APP_VERSION ?? pkg.version;
