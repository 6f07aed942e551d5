/**
 * The Revid simulator's request checks (local/simulators/revid.ts): what Revid's render endpoints refuse
 * (docs/reference/external-apis.md §1–3), and the optional reachability check of provided media.
 */
import http from 'node:http';
import https from 'node:https';

const V3_WORKFLOWS = new Set([
  'script-to-video',
  'voiceover-to-video',
  'prompt-to-video',
  'audio-to-video',
  'music-to-video',
  'caption-video',
  'article-to-video',
  'avatar-to-video',
  'ad-generator',
  'motion-transfer',
  'static-background-video',
]);
const NAMED_RATIOS = new Set(['portrait', 'landscape', 'square', 'auto']);
/** Real message seen from Revid [3P]. */
export const USE_PROVIDED_IN_ORDER_MESSAGE = 'media.useProvidedInOrder is only supported when media.type is custom.';

/** The v3 render body's problem, as Revid words it; undefined when it is acceptable. */
export function validateV3(body: Record<string, unknown>): string | undefined {
  const workflow = body.workflow;
  if (typeof workflow !== 'string' || workflow.trim() === '') return 'workflow is required';
  if (!V3_WORKFLOWS.has(workflow)) return `Invalid workflow: ${workflow}`;
  const media = isObject(body.media) ? body.media : undefined;
  if (media?.useProvidedInOrder === true && media.type !== 'custom') return USE_PROVIDED_IN_ORDER_MESSAGE;
  if (workflow === 'script-to-video' || workflow === 'voiceover-to-video') {
    const source = isObject(body.source) ? body.source : undefined;
    if (typeof source?.text !== 'string' || source.text.trim() === '') {
      return `source.text is required for the ${workflow} workflow`;
    }
  }
  if (media?.provided !== undefined) {
    if (!Array.isArray(media.provided)) return 'Invalid media file';
    for (const item of media.provided) {
      if (!isObject(item) || !isHttpUrl(item.url)) return 'Invalid media file';
      if (item.type !== undefined && !['image', 'video', 'audio'].includes(String(item.type))) return 'Invalid media file';
    }
  }
  const ratio = body.aspectRatio;
  if (ratio !== undefined && !(typeof ratio === 'string' && (/^\d+\s*(?::|\/)\s*\d+$/.test(ratio) || NAMED_RATIOS.has(ratio)))) {
    return `Invalid aspectRatio: ${String(ratio)}`;
  }
  if (body.webhookUrl !== undefined && body.webhookUrl !== '' && !isHttpUrl(body.webhookUrl)) return 'Invalid webhookUrl';
  return undefined;
}

/** The v2 render body's problem; undefined when it is acceptable. */
export function validateV2(body: Record<string, unknown>): string | undefined {
  const params = body.creationParams;
  if (!isObject(params)) return 'creationParams is required';
  if (typeof params.inputText !== 'string' || params.inputText.trim() === '') return 'creationParams.inputText is required';
  if (body.webhook !== undefined && body.webhook !== '' && !isHttpUrl(body.webhook)) return 'Invalid webhook';
  return undefined;
}

/** Like Revid, fetches each provided media URL; `Invalid media file` when one does not answer 2xx. */
export async function checkProvidedMedia(body: Record<string, unknown>, timeoutMs: number): Promise<string | undefined> {
  const media = isObject(body.media) ? body.media : isObject(body.creationParams) ? body.creationParams : undefined;
  const items = Array.isArray(media?.provided) ? media.provided : Array.isArray(media?.inputMedias) ? media.inputMedias : [];
  for (const item of items) {
    if (!isObject(item) || typeof item.url !== 'string') return 'Invalid media file';
    const ok = await probe(item.url, timeoutMs);
    if (!ok) return 'Invalid media file';
  }
  return undefined;
}

function probe(target: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve(false);
    }
    const client = url.protocol === 'https:' ? https : http;
    const req = client.get(url, { agent: false, headers: { 'user-agent': 'revid-simulator/1.0' } }, (res) => {
      const status = res.statusCode ?? 0;
      res.destroy();
      resolve(status >= 200 && status < 300);
    });
    req.setTimeout(timeoutMs, () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
