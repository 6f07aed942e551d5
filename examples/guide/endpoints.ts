/**
 * Integration guide examples: one client call per endpoint. Quoted verbatim by
 * docs/integration-guide.md and executed against a fake of the API by test/unit/examples/guide.test.ts.
 */
import type { PetRoastClient } from '@pet-roast/client';

// #region health
export async function checkHealth(client: PetRoastClient) {
  const health = await client.health({ deep: true }); // 503 is returned as status 'degraded', not thrown
  return health.status === 'ok';
}
// #endregion health

// #region openapi
export async function listOperations(client: PetRoastClient) {
  const doc = await client.openApi();
  return Object.keys(doc.paths); // ['/healthz', '/api/translate-text', ...]
}
// #endregion openapi

// #region filters
export async function filtersForDog(client: PetRoastClient) {
  const { filters } = await client.listFilters({ pet: 'dog' }); // best first
  return filters.map((f) => `${f.id}: ${f.name}`);
}
// #endregion filters

// #region translate
export async function translateToHindi(client: PetRoastClient) {
  const result = await client.translate({ text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'hi' });
  return result.translated_text; // result.provider_metadata.cached says whether the cache answered
}
// #endregion translate

// #region upload
export async function uploadPhoto(client: PetRoastClient, path: string) {
  // Content-Type is sniffed from the bytes; the file goes straight to S3, never through the API.
  return client.uploadMedia(path); // the upload_key
}
// #endregion upload

// #region detect
export async function hasPet(client: PetRoastClient, uploadKey: string) {
  const detection = await client.detectPets({ upload_key: uploadKey }); // or { image_url } / { video_url }
  for (const pet of detection.pets) console.log(pet.label, pet.confidence, pet.box);
  return detection.has_pets;
}
// #endregion detect

// #region generate
// imageUrl: the https URL of your user's photo; callbackUrl: your receiver (section 5)
export async function createRoast(client: PetRoastClient, imageUrl: string, callbackUrl: string) {
  const job = await client.generateVideo(
    {
      text: 'Roast my lazy dog who sleeps all day!',
      image_url: imageUrl,
      language: 'hi',
      source_lang: 'en',
      filter_id: 'desi-fire',
      callback_url: callbackUrl,
      metadata: { post_id: 'p_981', user_id: 'u123' },
    },
    { idempotencyKey: 'post-p_981' }, // same post → same job, even across restarts
  );
  return job.job_id; // job.status is 'queued'
}
// #endregion generate

// #region status
export async function showStatus(client: PetRoastClient, jobId: string) {
  const status = await client.getStatus(jobId);
  return `${status.status} ${status.progress ?? '?'}%`; // queued | processing | completed | failed
}
// #endregion status

// #region result
export async function videoUrlOf(client: PetRoastClient, jobId: string) {
  const result = await client.getResult(jobId); // 409 VideoNotReadyError / VideoFailedError otherwise
  return result.video_url; // time-limited: fetch or copy it soon, ask again for a fresh one later
}
// #endregion result

// #region delete
export async function eraseJob(client: PetRoastClient, jobId: string) {
  await client.deleteJob(jobId); // job, validated media, mirrored video and pending callbacks
}
// #endregion delete
