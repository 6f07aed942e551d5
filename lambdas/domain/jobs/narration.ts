import { sentences, type LanguageCode } from '../languages.js';
import { logger } from '../observability.js';
import type { Narration } from '../providers/video-provider.js';
import { createHash } from 'node:crypto';
import { scriptDigest, TemplateWriter, titleName, videoTitle, writeScriptFor, type RoastWriter } from '../../engines/writer/index.js';
import type { Job, JobScript } from './model.js';
import type { JobStore } from './ports.js';

/**
 * The narration of a job: its roast, already in the narration language, split into sentences (one
 * caption line each) with the language's own sentence rules (`Intl.Segmenter`, ICU: `.`, `!`, `?`, the
 * Devanagari danda `।`, the Urdu full stop `۔` …). A text without sentence breaks is one line.
 */
export function narrationFor(job: Pick<Job, 'language'>, text: string): Narration {
  return { lines: sentences(text, job.language), language: job.language };
}

export { sentences };

export interface ScriptDeps {
  store: JobStore;
  /** Translates one line into the narration language (the translation service, which caches). */
  translate: (text: string, source: LanguageCode, target: LanguageCode) => Promise<string>;
  /** Writes the roast from the prompt (docs/writer.md); default: the template writer. */
  writer?: RoastWriter;
  /** Remembers the digest of the last script per prompt, so consecutive jobs of one prompt differ. */
  recentScripts?: RecentScripts;
}

/**
 * The digest of the script last written for a prompt key (docs/writer.md, "Template writer"). Only
 * SHA-256 digests are stored, never the script or the prompt. Best effort: failures are logged, never thrown.
 */
export interface RecentScripts {
  last(promptKey: string): Promise<string | undefined>;
  remember(promptKey: string, digest: string): Promise<void>;
}

/** The key under which a prompt's last script is remembered: the caller, the language, the pet class and the prompt. */
export function promptKey(job: Pick<Job, 'client_id' | 'language' | 'text' | 'detected_pets'>): string {
  const text = job.text.toLowerCase().replace(/\s+/g, ' ').trim();
  return createHash('sha256').update([job.client_id ?? '', job.language, job.detected_pets[0]?.label ?? '', text].join('\u0000')).digest('hex');
}

/**
 * The job's script, written and translated at most once per job (docs/writer.md, "Storage"): the
 * written script is stored on the job with a conditional update before any provider is called, then
 * its translation, line by line, when the narration language differs from the language it was written
 * in (`written` keeps the original). A retried render finds both on the job and reuses them, so a
 * video never narrates another roast than the one status already shows. Answers undefined when the
 * job changed meanwhile (another worker took it over, or it was deleted): the caller stops.
 */
export async function ensureScript(job: Job, deps: ScriptDeps): Promise<{ job: Job; script: JobScript; narration: Narration } | undefined> {
  let script = job.script;
  if (!script) {
    const prompted = (job.text_mode ?? 'script') === 'prompt';
    const key = prompted && deps.recentScripts ? promptKey(job) : undefined;
    const previousDigest = key ? await deps.recentScripts!.last(key).catch(() => undefined) : undefined;
    const written = await writeScriptFor(job, deps.writer ?? new TemplateWriter(), new TemplateWriter(), previousDigest);
    script = { lines: written.lines, language: written.language, writer: written.writer, ...(written.model ? { model: written.model } : {}), ...(written.subject ? { subject: written.subject } : {}) };
    const stored = await deps.store.update(job, { script }, job.status);
    if (!stored.ok) return undefined;
    job = stored.job;
    logger.info('roast written', { job_id: job.job_id, writer: script.writer, model: script.model, lines: script.lines.length });
    if (key) {
      await deps.recentScripts!.remember(key, scriptDigest(written.script)).catch((err: unknown) =>
        logger.warn('could not remember the script digest', { job_id: job.job_id, error: (err as Error).message }),
      );
    }
  }
  if (script.language !== job.language) {
    const source = script.language;
    const target = job.language;
    const lines = await Promise.all(script.lines.map((line) => deps.translate(line, source, target)));
    script = { ...script, lines, language: target, written: { lines: script.lines, language: source } };
    const stored = await deps.store.update(job, { script }, job.status);
    if (!stored.ok) return undefined;
    job = stored.job;
  }
  return { job, script, narration: { lines: script.lines, language: script.language, title: videoTitle(script.language, titleName(job)) } };
}
