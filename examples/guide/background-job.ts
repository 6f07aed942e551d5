/**
 * Integration guide example: the background-job pattern. Quoted verbatim by
 * docs/integration-guide.md and executed by test/unit/examples/guide.test.ts.
 */
// #region start
import { VideoFailedError, WaitTimeoutError, type PetRoastClient } from '@pet-roast/client';

/** From your request handler: create the job, store its id, answer your user at once. */
export async function startRoast(client: PetRoastClient, post: { id: string; imageUrl: string; text: string }, callbackUrl?: string) {
  const job = await client.generateVideo(
    {
      text: post.text,
      image_url: post.imageUrl,
      callback_url: callbackUrl, // your receiver; left out: your client's or the deployment's default
      metadata: { post_id: post.id }, // comes back in the status and the callback
    },
    { idempotencyKey: `post-${post.id}` },
  );
  return job.job_id; // save it next to the post
}
// #endregion start

// #region wait
/** From a worker, a script or a test: poll until done instead of (or as well as) the webhook. */
export async function waitForRoast(client: PetRoastClient, jobId: string, signal?: AbortSignal) {
  try {
    const result = await client.waitForVideo(jobId, {
      timeoutMs: 10 * 60_000,
      signal,
      onProgress: (s) => console.log(`${jobId}: ${s.status} ${s.progress ?? 0}%`),
    });
    return { videoUrl: result.video_url };
  } catch (err) {
    if (err instanceof VideoFailedError) return { failed: err.reason };
    if (err instanceof WaitTimeoutError) return { stillRunning: err.lastStatus }; // check again later
    throw err;
  }
}
// #endregion wait
