/**
 * Integration guide example: the synchronous upload pattern. Quoted verbatim by
 * docs/integration-guide.md and executed by test/unit/examples/guide.test.ts.
 */
// #region pattern
import { NoPetsDetectedError, type PetRoastClient } from '@pet-roast/client';

/** Called while the user waits on the "post" button: fails fast, before any render money is spent. */
export async function roastUpload(client: PetRoastClient, photoPath: string, text: string, postId: string) {
  const uploadKey = await client.uploadMedia(photoPath); // 1. private upload, straight to S3

  const detection = await client.detectPets({ upload_key: uploadKey }); // 2. show the user what was found
  if (!detection.has_pets) return { ok: false as const, error: new NoPetsDetectedError() };

  try {
    const job = await client.generateVideo(
      { text, upload_key: uploadKey, metadata: { post_id: postId } }, // 3. the same upload, no re-upload
      { idempotencyKey: `post-${postId}` },
    );
    return { ok: true as const, jobId: job.job_id, pets: job.detected_pets, filters: job.recommended_filters };
  } catch (err) {
    if (err instanceof NoPetsDetectedError) return { ok: false as const, error: err };
    throw err; // IdempotencyConflictError: this post already has a job; use the job_id you stored
  }
}
// #endregion pattern
