/**
 * The playground page (docs/playground.md): upload a photo or short video → detection boxes → AR filters →
 * generate a roast video with live progress → watch it with its script → delete the job; the local
 * callback inbox; a translate box. Plain DOM, no framework: one page of forms does not earn one.
 * The API key lives in a variable of this tab only (never in storage, cookies or the URL).
 */
import type { z } from 'zod';
import { LANGUAGES, type LanguageCode } from '../../lambdas/domain/languages.js';
import type { DetectPetsResponse, UploadResponse } from '../../lambdas/domain/schemas/media.js';
import type { FiltersResponse } from '../../lambdas/domain/schemas/filters.js';
import type { GenerateVideoResponse, VideoResultResponse, VideoStatusResponse } from '../../lambdas/domain/schemas/jobs.js';
import type { TranslateResponseSchema } from '../../lambdas/domain/schemas/translate.js';
import type { TextMode } from '../../lambdas/engines/writer/types.js';
import type { InboxDelivery } from '../../local/callback-inbox.js';
import { ApiError, basePath, createClient } from './api.js';
import { PLAYGROUND_SETTINGS_PATH, type LocalPlaygroundSettings } from './local-settings.js';
import { clear, h } from './dom.js';
import './styles.css';

type Detection = z.infer<typeof DetectPetsResponse>;
type Filters = z.infer<typeof FiltersResponse>;
type Created = z.infer<typeof GenerateVideoResponse>;
type Status = z.infer<typeof VideoStatusResponse>;
type Result = z.infer<typeof VideoResultResponse>;
type Translation = z.infer<typeof TranslateResponseSchema>;
type UploadForm = z.infer<typeof UploadResponse>;

const TEXT_MODES: Record<TextMode, string> = {
  prompt: 'Prompt (the service writes)',
  script: 'Script (narrated as written)',
};
/** How often the job status is polled while a video is made, in ms. */
const STATUS_POLL_MS = 1000;
/** How often the local callback inbox is read, in ms. */
const INBOX_POLL_MS = 1500;

let apiKey = '';
const base = basePath(location.pathname);
const client = createClient(base, () => apiKey);

/* ---------- layout ---------- */

const errorBox = h('div', { className: 'error', role: 'alert', 'data-testid': 'error-message', hidden: true });
const keyInput = h('input', { id: 'api-key', type: 'password', autocomplete: 'off', spellcheck: false, 'data-testid': 'api-key-input', 'aria-describedby': 'api-key-help' });
const keyHelp = h('p', { id: 'api-key-help', className: 'help' }, 'Kept in this tab’s memory only: a reload forgets it.');
keyInput.addEventListener('input', () => (apiKey = keyInput.value.trim()));

const fileInput = h('input', { id: 'media-file', type: 'file', accept: 'image/*,video/*', 'data-testid': 'file-input', 'aria-describedby': 'media-help' });
const dropZone = h(
  'div',
  { className: 'drop' },
  h('label', { htmlFor: 'media-file' }, 'Photo or short video of your pet'),
  fileInput,
  h('p', { id: 'media-help', className: 'help' }, 'Choose a file, or drop one here. It is uploaded privately to the service.'),
);
const mediaStatus = h('p', { className: 'status', role: 'status', 'aria-live': 'polite' });
const stage = h('div', { className: 'stage-list' });
const detectionInfo = h('p', { className: 'help' });

const filterList = h('div', { className: 'filters' });
const filterFieldset = h('fieldset', {}, h('legend', {}, 'AR filter'), filterList);

const textInput = h('textarea', { id: 'roast-text', rows: 3, maxLength: 5000, 'data-testid': 'text-input' });
textInput.value = 'Roast my lazy pet who sleeps all day!';
const modeSelect = h('select', { id: 'text-mode' }, ...Object.entries(TEXT_MODES).map(([value, label]) => h('option', { value }, label)));
const languageSelect = languageOptions(h('select', { id: 'narration-language', 'data-testid': 'language-select' }), 'en');
const generateButton = h('button', { type: 'submit', 'data-testid': 'generate-button', disabled: true }, 'Generate video');
const roastForm = h(
  'form',
  { className: 'grid', 'aria-label': 'Roast video' },
  field('roast-text', 'Text', textInput),
  field('text-mode', 'Text mode', modeSelect),
  field('narration-language', 'Narration language', languageSelect),
  filterFieldset,
  h('div', { className: 'actions' }, generateButton),
);

const progress = h('progress', { max: 100, value: 0, 'data-testid': 'progress', 'aria-labelledby': 'progress-label' });
const progressLabel = h('p', { id: 'progress-label', className: 'status', 'aria-live': 'polite' }, 'No job yet.');
// crossOrigin: the WebVTT track comes from the bucket's presigned URL, another origin; a text track loads
// cross-origin only in CORS mode, which the media element's attribute sets (the bucket allows GET, docs/playground.md).
const video = h('video', { controls: true, playsInline: true, preload: 'metadata', crossOrigin: 'anonymous', 'data-testid': 'result-video', hidden: true });
const script = h('p', { className: 'script', 'data-testid': 'script', hidden: true });
const resultInfo = h('p', { className: 'help' });
const deleteButton = h('button', { type: 'button', className: 'secondary', hidden: true }, 'Delete job');

const inboxList = h('ul', { className: 'inbox' });
const inboxSection = section('Callback inbox (local)', h('p', { className: 'help' }, 'Completion callbacks delivered to this local runtime, checked with its signing secret (Standard Webhooks and x-revid-signature).'), inboxList);
inboxSection.hidden = true;

const translateText = h('textarea', { id: 'translate-text', rows: 2, maxLength: 5000 });
translateText.value = 'Your dog is a couch potato.';
const translateFrom = languageOptions(h('select', { id: 'translate-from' }), 'en');
const translateTo = languageOptions(h('select', { id: 'translate-to' }), 'hi');
const translateButton = h('button', { type: 'submit' }, 'Translate');
const translateOut = h('output', { className: 'translation', htmlFor: 'translate-text' });
const translateMeta = h('dl', { className: 'meta' });
const translateForm = h(
  'form',
  { className: 'grid', 'aria-label': 'Translate' },
  field('translate-text', 'Text', translateText),
  field('translate-from', 'From', translateFrom),
  field('translate-to', 'To', translateTo),
  h('div', { className: 'actions' }, translateButton),
);

document.getElementById('app')!.append(
  h('header', {}, h('h1', {}, 'Pet Roast AI playground'), h('div', { className: 'key' }, h('label', { htmlFor: 'api-key' }, 'API key'), keyInput, keyHelp)),
  h(
    'main',
    {},
    errorBox,
    section('1. Your pet', dropZone, mediaStatus, stage, detectionInfo),
    section('2. Roast', roastForm),
    section('3. Video', progress, progressLabel, video, script, resultInfo, deleteButton),
    inboxSection,
    section('Translate', translateForm, translateOut, translateMeta),
  ),
);

/* ---------- state ---------- */

let uploadKey: string | undefined;
let objectUrl: string | undefined;
let jobId: string | undefined;
let pollTimer: number | undefined;

/* ---------- helpers ---------- */

function section(title: string, ...children: Node[]): HTMLElement {
  const id = `s-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return h('div', { className: 'field' }, h('label', { htmlFor: id }, label), control);
}

function languageOptions(select: HTMLSelectElement, selected: LanguageCode): HTMLSelectElement {
  for (const [code, name] of Object.entries(LANGUAGES)) select.append(h('option', { value: code, selected: code === selected }, `${name} (${code})`));
  return select;
}

/** Shows the service's `message` and `suggestion` (never a stack); `undefined` clears it. */
function showError(err: unknown): void {
  clear(errorBox);
  if (err === undefined) {
    errorBox.hidden = true;
    return;
  }
  const e = err instanceof ApiError ? err : new ApiError(0, 'error', 'Something went wrong in the page.');
  errorBox.append(h('strong', {}, e.message));
  if (e.suggestion) errorBox.append(h('span', { className: 'suggestion' }, e.suggestion));
  errorBox.dataset.code = e.code;
  errorBox.hidden = false;
}

/** Runs an action, showing its error; the button is disabled meanwhile. */
async function run(button: HTMLButtonElement | undefined, action: () => Promise<void>): Promise<void> {
  showError(undefined);
  if (button) button.disabled = true;
  try {
    await action();
  } catch (err) {
    showError(err);
  } finally {
    if (button) button.disabled = false;
  }
}

const percent = (value: number, of: number): string => `${((value / of) * 100).toFixed(4)}%`;

/* ---------- media: upload and detection ---------- */

async function upload(file: File): Promise<string> {
  const form = await client.call<UploadForm>('POST', 'api/uploads', { content_type: file.type || 'application/octet-stream' });
  if (file.size > form.max_bytes) throw new ApiError(413, 'media_too_large', `The file is ${(file.size / 1e6).toFixed(1)} MB; the limit is ${(form.max_bytes / 1e6).toFixed(0)} MB.`);
  const body = new FormData();
  for (const [name, value] of Object.entries(form.fields)) body.append(name, value);
  body.append('file', file);
  let res: Response;
  try {
    res = await fetch(form.url, { method: 'POST', body });
  } catch {
    throw new ApiError(0, 'upload_failed', 'The upload could not reach the media bucket.', 'Try again; a reload keeps nothing.');
  }
  if (!res.ok) throw new ApiError(res.status, 'upload_failed', `The media bucket refused the upload (HTTP ${res.status}).`);
  return form.upload_key;
}

/** A figure of the media (image, or the video frame at `time`) with one box per pet found there. */
async function figure(kind: 'image' | 'video', url: string, detection: Detection, time?: number): Promise<HTMLElement> {
  let visual: HTMLElement;
  if (kind === 'image') {
    const img = h('img', { src: url, alt: 'Your upload' });
    await img.decode().catch(() => undefined);
    visual = img;
  } else {
    const canvas = h('canvas', { width: detection.media.width, height: detection.media.height, role: 'img', 'aria-label': `Video frame at ${time ?? 0} s` });
    const v = h('video', { src: url, muted: true, preload: 'auto' });
    await new Promise<void>((resolve) => {
      v.addEventListener('loadeddata', () => (v.currentTime = time ?? 0), { once: true });
      v.addEventListener('seeked', () => resolve(), { once: true });
      v.addEventListener('error', () => resolve(), { once: true });
    });
    canvas.getContext('2d')?.drawImage(v, 0, 0, canvas.width, canvas.height);
    visual = canvas;
  }
  const overlay = h('div', { className: 'overlay' });
  const { width, height } = detection.media;
  for (const pet of detection.pets.filter((p) => kind === 'image' || p.frame_time_s === time)) {
    const box = h('div', { className: 'box', 'data-testid': 'detection-box', 'data-label': pet.label, role: 'img', 'aria-label': `${pet.label}, ${(pet.confidence * 100).toFixed(0)} % confidence` });
    box.style.left = percent(pet.box.x, width);
    box.style.top = percent(pet.box.y, height);
    box.style.width = percent(pet.box.width, width);
    box.style.height = percent(pet.box.height, height);
    box.append(h('span', { className: 'tag' }, `${pet.label} ${(pet.confidence * 100).toFixed(0)}%`));
    overlay.append(box);
  }
  return h('figure', { className: 'figure' }, h('div', { className: 'frame' }, visual, overlay), kind === 'video' ? h('figcaption', {}, `Frame at ${(time ?? 0).toFixed(1)} s`) : '');
}

/** `dog (84 %)`, or for a video `dog (best 84 %, in 8 frames)`, per label, best first. */
function summary(detection: Detection): string {
  const byLabel = new Map<string, number[]>();
  for (const pet of detection.pets) byLabel.set(pet.label, [...(byLabel.get(pet.label) ?? []), pet.confidence]);
  return [...byLabel]
    .map(([label, scores]) => {
      const best = `${(Math.max(...scores) * 100).toFixed(0)} %`;
      if (detection.media.kind === 'image') return scores.map((c) => `${label} (${(c * 100).toFixed(0)} %)`).join(', ');
      return `${label} (best ${best}, in ${scores.length} frame${scores.length === 1 ? '' : 's'})`;
    })
    .join(', ');
}

async function loadFilters(pet: string | undefined): Promise<void> {
  clear(filterList);
  const { filters } = await client.call<Filters>('GET', `api/banuba-filters${pet ? `?pet=${encodeURIComponent(pet)}` : ''}`);
  const none = h('input', { type: 'radio', name: 'filter', value: '', id: 'filter-none', checked: true });
  filterList.append(h('div', { className: 'option' }, none, h('label', { htmlFor: 'filter-none' }, 'No filter')));
  filters.forEach((f, i) => {
    const id = `filter-${i}`;
    const input = h('input', { type: 'radio', name: 'filter', value: f.id, id, 'data-testid': 'filter-option', 'aria-describedby': `${id}-d` });
    filterList.append(h('div', { className: 'option' }, input, h('label', { htmlFor: id }, f.name), h('p', { id: `${id}-d`, className: 'help' }, f.description)));
  });
}

async function chooseFile(file: File): Promise<void> {
  await run(undefined, async () => {
    generateButton.disabled = true;
    uploadKey = undefined;
    clear(stage);
    detectionInfo.textContent = '';
    if (objectUrl) URL.revokeObjectURL(objectUrl);
    objectUrl = URL.createObjectURL(file);
    mediaStatus.textContent = `Uploading ${file.name}…`;
    const key = await upload(file);
    mediaStatus.textContent = 'Looking for pets…';
    const detection = await client.call<Detection>('POST', 'api/detect-pets', { upload_key: key });
    uploadKey = key;
    stage.classList.toggle('frames', detection.media.kind === 'video');
    if (detection.media.kind === 'image') stage.append(await figure('image', objectUrl, detection));
    else for (const t of [...new Set(detection.pets.map((p) => p.frame_time_s ?? 0))].sort((a, b) => a - b)) stage.append(await figure('video', objectUrl, detection, t));
    mediaStatus.textContent = detection.has_pets ? `Found ${summary(detection)}.` : 'No pet found in this file. Generating will show the service’s answer.';
    detectionInfo.textContent = `${detection.media.kind} ${detection.media.width}×${detection.media.height} · ${detection.media.frames_checked} frame(s) checked · model ${detection.model.name}, threshold ${detection.model.threshold} · ${detection.timings_ms.total} ms`;
    await loadFilters(detection.pets[0]?.label);
    generateButton.disabled = false;
  });
  if (uploadKey) generateButton.disabled = false;
}

fileInput.addEventListener('change', () => {
  const file = fileInput.files?.[0];
  if (file) void chooseFile(file);
});
dropZone.addEventListener('dragover', (event) => {
  event.preventDefault();
  dropZone.classList.add('over');
});
dropZone.addEventListener('dragleave', () => dropZone.classList.remove('over'));
dropZone.addEventListener('drop', (event) => {
  event.preventDefault();
  dropZone.classList.remove('over');
  const file = event.dataTransfer?.files?.[0];
  if (file) void chooseFile(file);
});

/* ---------- generate, progress, result, delete ---------- */

function showStatus(status: Pick<Status, 'status' | 'progress' | 'detail'>): void {
  const value = status.status === 'completed' ? 100 : (status.progress ?? 0);
  progress.value = value;
  progress.dataset.status = status.status;
  progressLabel.textContent = `${status.status}${status.status === 'completed' || status.status === 'failed' ? '' : ` · ${value} %`}${status.detail ? ` · ${status.detail}` : ''}`;
}

function stopPolling(): void {
  if (pollTimer !== undefined) clearTimeout(pollTimer);
  pollTimer = undefined;
}

async function poll(id: string): Promise<void> {
  if (id !== jobId) return;
  try {
    const status = await client.call<Status>('GET', `api/video-status/${encodeURIComponent(id)}`);
    if (id !== jobId) return;
    showStatus(status);
    if (status.script) {
      script.textContent = status.script;
      script.hidden = false;
    }
    if (status.status === 'completed') return await showResult(id);
    if (status.status === 'failed') return showError(new ApiError(409, 'video_failed', `The video could not be made: ${status.detail ?? 'no reason given'}.`));
  } catch (err) {
    showError(err);
  }
  pollTimer = window.setTimeout(() => void poll(id), STATUS_POLL_MS);
}

async function showResult(id: string): Promise<void> {
  const result = await client.call<Result>('GET', `api/video-result/${encodeURIComponent(id)}`);
  if (result.thumbnail_url) video.poster = result.thumbnail_url;
  else video.removeAttribute('poster');
  video.replaceChildren();
  // The video's captions as data (WebVTT, built-in videos): the player's captions track, loaded but hidden
  // (`hidden` mode), because the video has its captions burned in; the player's captions menu shows it.
  if (result.subtitles_url) {
    const language = (result.narration?.language ?? languageSelect.value) as LanguageCode;
    const track = h('track', { kind: 'captions', src: result.subtitles_url, srclang: language, label: `${LANGUAGES[language] ?? language} captions`, 'data-testid': 'result-captions' });
    video.append(track);
    track.track.mode = 'hidden';
  }
  video.src = result.video_url;
  video.hidden = false;
  script.textContent = result.script ?? '';
  script.hidden = !result.script;
  resultInfo.textContent = `Rendered by ${result.provider}${result.writer ? ` · roast written by ${result.writer}` : ''}${result.duration_s ? ` · ${result.duration_s.toFixed(1)} s` : ''}`;
}

roastForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(generateButton, async () => {
    if (!uploadKey) throw new ApiError(0, 'no_media', 'Choose a photo or video first.');
    stopPolling();
    jobId = undefined;
    video.removeAttribute('src');
    video.replaceChildren();
    video.hidden = true;
    script.hidden = true;
    resultInfo.textContent = '';
    const filter = filterList.querySelector<HTMLInputElement>('input[name="filter"]:checked')?.value;
    const created = await client.call<Created>(
      'POST',
      'api/generate-video',
      { text: textInput.value, text_mode: modeSelect.value, language: languageSelect.value, upload_key: uploadKey, ...(filter ? { filter_id: filter } : {}) },
      { 'Idempotency-Key': `playground-${crypto.randomUUID()}` },
    );
    jobId = created.job_id;
    deleteButton.hidden = false;
    showStatus({ status: created.status, progress: 0, detail: null });
    void poll(created.job_id);
  });
});

deleteButton.addEventListener('click', () => {
  const id = jobId;
  if (!id) return;
  void run(deleteButton, async () => {
    stopPolling();
    await client.call('DELETE', `api/jobs/${encodeURIComponent(id)}`);
    jobId = undefined;
    video.removeAttribute('src');
    video.replaceChildren();
    video.hidden = true;
    script.hidden = true;
    resultInfo.textContent = '';
    deleteButton.hidden = true;
    progress.value = 0;
    delete progress.dataset.status;
    progressLabel.textContent = `Job ${id} deleted (its media, video and pending callback too).`;
  });
});

/* ---------- translate ---------- */

translateForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(translateButton, async () => {
    const t = await client.call<Translation>('POST', 'api/translate-text', { text: translateText.value, source_lang: translateFrom.value, target_lang: translateTo.value });
    translateOut.textContent = t.translated_text;
    translateOut.lang = t.target_language;
    clear(translateMeta);
    const meta = t.provider_metadata;
    const rows: Array<[string, string]> = [
      ['Provider', meta.provider],
      ['Model', meta.model],
      ['Latency', `${meta.latency_ms} ms`],
      ['Cached', meta.cached ? 'yes' : 'no'],
      ...(meta.simulated ? [['Simulated', 'yes (local simulator)'] as [string, string]] : []),
      ...(meta.failover !== undefined ? [['Fail-over', meta.failover ? 'yes' : 'no'] as [string, string]] : []),
      ...(meta.attempted ? [['Attempted', meta.attempted.map((a) => `${a.provider}: ${a.outcome}${a.reason ? ` (${a.reason})` : ''}`).join(', ')] as [string, string]] : []),
    ];
    for (const [k, v] of rows) translateMeta.append(h('dt', {}, k), h('dd', {}, v));
  });
});

/* ---------- local runtime: pre-filled key and the callback inbox ---------- */

let inboxPath: string | undefined;
let inboxShown = '';

function renderInbox(deliveries: InboxDelivery[]): void {
  const signature = deliveries.map((d) => d.seq).join(',');
  if (signature === inboxShown) return;
  inboxShown = signature;
  clear(inboxList);
  if (deliveries.length === 0) inboxList.append(h('li', { className: 'help' }, 'Nothing received yet.'));
  for (const d of deliveries) {
    let type = '';
    let job = '';
    try {
      const body = JSON.parse(d.body) as { type?: string; data?: { job_id?: string } };
      type = body.type ?? '';
      job = body.data?.job_id ?? '';
    } catch {
      type = 'not JSON';
    }
    inboxList.append(
      h(
        'li',
        { 'data-testid': 'callback-entry', 'data-verified': String(d.verified), 'data-job-id': job },
        h('div', { className: 'entry-head' }, h('span', { className: d.verified ? 'ok' : 'bad' }, d.verified ? 'verified ✓' : 'NOT verified ✗'), ` ${type} · ${job} · attempt ${d.attempt} · ${new Date(d.received_at).toLocaleTimeString()}`),
        h('p', { className: 'help' }, `Standard Webhooks: ${d.checks.standard_webhooks} · x-revid-signature: ${d.checks.x_revid_signature}`),
        h('details', {}, h('summary', {}, 'Headers'), h('pre', {}, Object.entries(d.headers).map(([k, v]) => `${k}: ${v}`).join('\n'))),
        h('details', {}, h('summary', {}, 'Body'), h('pre', {}, prettyJson(d.body))),
      ),
    );
  }
}

function prettyJson(text: string): string {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}

async function pollInbox(): Promise<void> {
  if (!inboxPath) return;
  if (document.visibilityState === 'visible') {
    const answer = await client.peek<{ deliveries: InboxDelivery[] }>(inboxPath.replace(/^\//, ''));
    if (answer) renderInbox(answer.deliveries);
  }
  window.setTimeout(() => void pollInbox(), INBOX_POLL_MS);
}

void (async () => {
  const local = await client.peek<LocalPlaygroundSettings>(PLAYGROUND_SETTINGS_PATH.replace(/^\//, ''));
  if (!local) return;
  keyInput.value = local.api_key;
  apiKey = local.api_key;
  keyHelp.textContent = 'Pre-filled by the local runtime. Kept in this tab’s memory only.';
  inboxPath = local.callback_inbox;
  inboxSection.hidden = false;
  renderInbox([]);
  void pollInbox();
})();
