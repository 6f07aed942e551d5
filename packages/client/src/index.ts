/**
 * `@pet-roast/client`: a typed client of the Pet Roast AI HTTP API and the verifier of its signed
 * completion callbacks. Request and response types are generated from the service's OpenAPI document
 * (`src/generated/openapi.ts`, `npm run client:types`). Node.js ≥ 20 and browsers (a file path as
 * upload input is Node.js only).
 *
 * ```ts
 * const client = new PetRoastClient({ baseUrl: 'http://localhost:8000', apiKey: process.env.PET_ROAST_API_KEY! });
 * const uploadKey = await client.uploadMedia('dog.jpg');
 * const job = await client.generateVideo({ text: 'Roast my lazy dog!', upload_key: uploadKey });
 * const { video_url } = await client.waitForVideo(job.job_id, { onProgress: (s) => console.log(s.status) });
 * ```
 */
export * from './client.js';
export * from './errors.js';
export { detectContentType, mediaKindOfUrl, MAX_UPLOAD_BYTES, UPLOAD_CONTENT_TYPES } from './media.js';
export { backoffDelayMs, parseRetryAfterMs, DEFAULT_RETRY, type RetryOptions } from './retry.js';
export { CLIENT_VERSION } from './version.js';
export * from './webhooks.js';
