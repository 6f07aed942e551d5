import { requireConfig, type Config } from '../domain/config.js';
import { callbackTarget } from '../domain/callbacks/delivery.js';
import type { Job } from '../domain/jobs/model.js';
import type { RenderDeps } from '../domain/jobs/render-deps.js';
import { BuiltinVideoProvider } from '../engines/renderer/video-provider.js';
import { RevidVideoProvider } from '../engines/revid/provider.js';
import type { VideoProviders } from '../domain/providers/video-provider.js';
import { dynamo, jobStore, mediaStore, outboundPolicy, provide, workQueues } from './composition.js';
import { jobObjectKeys } from './job-media.js';
import { mirrorVideo, revidClient, roastWriter } from './jobs-wiring.js';
import { translationService } from './translation-service.js';
import { DynamoRecentScripts } from './recent-scripts.js';
import { narrationService } from './speech-service.js';

/**
 * The render worker's wiring, part of the composition root (composition.ts, whose cache and reset it
 * uses). Kept in its own module because it brings the built-in renderer
 * (ffmpeg, espeak-ng, sharp): only the render function (a container image with those inside) imports
 * it, and the zip functions stay free of native modules.
 */

/**
 * The video providers from configuration (docs/video-providers.md): `revid` whenever a Revid key secret
 * is configured (also to finish jobs submitted before a switch to builtin), `builtin` always; which one
 * new jobs use is `VIDEO_PROVIDER`, the fallback `VIDEO_FALLBACK`.
 */
export function videoProviders(config: Config): VideoProviders {
  const media = mediaStore();
  return {
    selected: config.VIDEO_PROVIDER,
    fallback: config.VIDEO_FALLBACK,
    revid: config.REVID_API_KEY_SECRET_ARN
      ? new RevidVideoProvider({
          client: revidClient(),
          presignMedia: (key) => media.presignGet(key, config.MEDIA_URL_TTL_S),
          publicBaseUrl: requireConfig('PUBLIC_BASE_URL'),
          videoHosts: config.REVID_VIDEO_HOSTS,
        })
      : undefined,
    // Nothing larger than the intake caps was ever stored.
    builtin: new BuiltinVideoProvider({
      media,
      maxMediaBytes: Math.max(config.MAX_VIDEO_BYTES, config.MAX_IMAGE_BYTES),
      // A caller's music_url is fetched under the same rules as media URLs (docs/media-intake.md "Audio").
      outbound: outboundPolicy(),
      // The narration's speech route per language (docs/voices.md): the configured providers, espeak-ng last.
      tts: narrationService(),
    }),
  };
}

/** The render worker's dependencies (built once per container by the composition root). */
export function renderDeps(): RenderDeps {
  return provide('render', (config) => {
    const translation = translationService();
    return {
      store: jobStore(),
      queues: workQueues(),
      providers: videoProviders(config),
      writer: roastWriter(),
      recentScripts: new DynamoRecentScripts(requireConfig('JOBS_TABLE_NAME'), config.RETENTION_DAYS, dynamo()),
      translate: async (text, source, target) =>
        (await translation.translate({ text, source_lang: source, target_lang: target, task: 'translation' })).translated_text,
      // The mirrored video records its owner like the media it was made from (docs/tenancy.md).
      mirror: config.MIRROR_VIDEOS ? async (jobId, url) => mirrorVideo(jobId, url, (await jobStore().get(jobId))?.client_id) : undefined,
      renderLeaseS: config.RENDER_LEASE_S,
      // An owned job's client may have its own default URL in the registry, which only the callback worker
      // reads (docs/tenancy.md); when it has none, that worker records `callback_state: none` and sends
      // nothing (one queue message per job without any callback URL, in exchange for one registry reader).
      hasCallbackTarget: (job: Job) => Boolean(callbackTarget(job, config.DEFAULT_CALLBACK_URL)) || job.client_id !== undefined,
      // The same erasure as DELETE /api/jobs (job-media.ts).
      eraseJobObjects: async (job) => {
        const media = mediaStore();
        await media.delete(await jobObjectKeys(job, media));
      },
    };
  });
}
