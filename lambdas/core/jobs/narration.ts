import { sentences, type LanguageCode } from '../languages.js';
import { logger } from '../observability.js';
import type { Narration } from '../providers/video-provider.js';
import { TemplateWriter, writeScriptFor, type RoastWriter } from '../writer/index.js';
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
    const written = await writeScriptFor(job, deps.writer ?? new TemplateWriter());
    script = { lines: written.lines, language: written.language, writer: written.writer, ...(written.model ? { model: written.model } : {}) };
    const stored = await deps.store.update(job, { script }, job.status);
    if (!stored.ok) return undefined;
    job = stored.job;
    logger.info('roast written', { job_id: job.job_id, writer: script.writer, model: script.model, lines: script.lines.length });
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
  return { job, script, narration: { lines: script.lines, language: script.language } };
}
