import type { RenderCheck, RenderRequest, RenderStart, VideoProvider } from '../../domain/providers/video-provider.js';
import type { RevidClient } from './client.js';

export interface RevidProviderOptions {
  client: Pick<RevidClient, 'render' | 'status'>;
  /** A URL Revid can fetch the job's validated media from for the whole render (presigned GET). */
  presignMedia: (key: string) => Promise<string>;
  /** Base URL of this API; the webhook goes to `<base>/webhooks/revid?job=…&token=…`. */
  publicBaseUrl: string;
  /** Hosts (host or host:port) Revid's video and thumbnail URLs may point at (`REVID_VIDEO_HOSTS`). */
  videoHosts: string[];
}

/**
 * The `revid` video provider (docs/revid-and-webhooks.md): submits a `script-to-video` render of the
 * validated media with the narration text and a webhook URL carrying the job id and its per-render
 * token, and reports Revid's status with its URLs checked against the allow-list. One HTTP call per
 * method; retries, deadlines and mirroring belong to the job-state operations (jobs/render-job.ts,
 * jobs/sync-job.ts, jobs/queue-policy.ts).
 */
export class RevidVideoProvider implements VideoProvider {
  readonly name = 'revid' as const;
  readonly mode = 'remote' as const;

  constructor(private readonly options: RevidProviderOptions) {}

  async start(request: RenderRequest): Promise<RenderStart> {
    const { job } = request;
    const base = this.options.publicBaseUrl.replace(/\/$/, '');
    const webhookUrl = `${base}/webhooks/revid?job=${encodeURIComponent(job.job_id)}&token=${request.webhookToken}`;
    const mediaUrl = await this.options.presignMedia(job.media_key);
    const { pid } = await this.options.client.render({ text: request.text, language: job.language, media: { url: mediaUrl, kind: job.media_kind }, webhookUrl });
    return { state: 'submitted', pid };
  }

  async check(pid: string): Promise<RenderCheck> {
    const status = await this.options.client.status(pid);
    if (status.state === 'pending') return { state: 'pending', progress: status.progress };
    if (status.state === 'failed') return { state: 'failed', reason: `The video provider could not render the video${status.error ? `: ${status.error}` : '.'}` };
    if (!status.videoUrl || !hostAllowed(status.videoUrl, this.options.videoHosts)) {
      return { state: 'failed', reason: 'The video provider returned a video URL outside the allowed hosts.' };
    }
    const thumbnailUrl = status.thumbnailUrl && hostAllowed(status.thumbnailUrl, this.options.videoHosts) ? status.thumbnailUrl : null;
    return { state: 'ready', videoUrl: status.videoUrl, thumbnailUrl, durationS: status.durationS ?? null };
  }
}

/** True when `url` is http(s) on one of `hosts` (a bare host or `host:port`). */
export function hostAllowed(url: string, hosts: string[]): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' || u.protocol === 'http:') && (hosts.includes(u.hostname) || hosts.includes(u.host));
  } catch {
    return false;
  }
}
