/**
 * Pet Roast AI client SDK: a typed client of the HTTP API (docs/reference/spec.md §3) and the verifier for the signed
 * completion callbacks (SPEC 3.10). Request and response types are inferred from the same zod schemas
 * the service validates with.
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
export { detectContentType, mediaKindOfUrl, MAX_UPLOAD_BYTES } from './media.js';
export { backoffDelayMs, parseRetryAfterMs, DEFAULT_RETRY, type RetryOptions } from './retry.js';
export * from './webhooks.js';
