import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { FilterCatalogue } from '../../../lambdas/domain/filters.js';
import { countPets, createVideoJob, type CreateJobDeps } from '../../../lambdas/domain/jobs/create.js';
import type { DetectRequest, PetDetector } from '../../../lambdas/domain/ports.js';
import { GenerateVideoRequest } from '../../../lambdas/domain/schemas/jobs.js';
import { FakeQueues, MemoryJobStore } from '../../support/job-fakes.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { LANGUAGE_SCRIPT } from '../../../lambdas/domain/scripts.js';
import { SAMPLE_LINES } from '../providers/builtin/sample-lines.js';
import { TemplateWriter, writeScriptFor } from '../../../lambdas/engines/writer/index.js';

function deps(): { deps: CreateJobDeps; detections: DetectRequest[]; callbackChecks: string[]; store: MemoryJobStore; queues: FakeQueues } {
  const detections: DetectRequest[] = [];
  const callbackChecks: string[] = [];
  const store = new MemoryJobStore();
  const queues = new FakeQueues();
  const detector: PetDetector = {
    detect: async (req) => {
      detections.push(req);
      return {
        has_pets: true,
        pets: [
          { label: 'dog', confidence: 0.9, box: { x: 0, y: 0, width: 1, height: 1 } },
          { label: 'dog', confidence: 0.8, box: { x: 1, y: 0, width: 1, height: 1 } },
        ],
        media: { kind: 'image', format: 'jpeg', width: 2, height: 1, frames_checked: 1 },
        model: { name: 'm', threshold: 0.5 },
        timings_ms: { fetch: 0, decode: 0, inference: 0, total: 0 },
        media_key: `${req.storePrefix}/source.jpg`,
        media_content_type: 'image/jpeg',
      };
    },
  } as PetDetector;
  return {
    detections,
    callbackChecks,
    store,
    queues,
    deps: {
      detector,
      store,
      queues,
      catalogue: FilterCatalogue.load(),
      config: { RETENTION_DAYS: 30 },
      assertCallbackUrl: async (url) => callbackChecks.push(url),
      assertMusicUrl: async () => undefined,
    },
  };
}

const body = (overrides: Record<string, unknown>) =>
  GenerateVideoRequest.parse({ text: 'Roast my lazy dog', image_url: 'https://media.example/dog.jpg', callback_url: 'https://hooks.example/x', ...overrides });

describe('Function: createVideoJob (text checks)', () => {
  it.each([
    ['prompt', 'Roast this fucking dog'],
    ['script', 'Bruno is a total madarchod'],
  ])('refuses an inappropriate %s with 400 inappropriate_text before detection, callback checks or any write', async (mode, text) => {
    const d = deps();
    const err = await createVideoJob(body({ text, text_mode: mode }), d.deps, 'client-a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).toDetail()).toMatchObject({ error: 'inappropriate_text', field: 'text' });
    expect(d.detections).toHaveLength(0);
    expect(d.callbackChecks).toHaveLength(0);
    expect(d.store.writes).toHaveLength(0);
    expect(d.queues.render).toHaveLength(0);
  });

  it('refuses a script that is nothing but contact details (422), and stores text_mode and pet counts otherwise', async () => {
    const d = deps();
    const err = await createVideoJob(body({ text: '+91 98765 43210, me@example.com', text_mode: 'script' }), d.deps, 'client-a').catch((e: unknown) => e);
    expect((err as AppError).status).toBe(422);
    expect(d.detections).toHaveLength(0);
    const out = await createVideoJob(body({}), d.deps, 'client-a');
    const job = (await d.store.get(out.job_id))!;
    expect(job).toMatchObject({ text_mode: 'prompt', pet_counts: { dog: 2 } });
    expect(job.script).toBeUndefined();
  });
});

describe('Script mode: a sentence with contact details goes whole (docs/writer.md, "Safety")', () => {
  it.each([
    ['en', 'Call me at +91 98765 43210 or mail a@b.com'],
    ['hi', 'मुझे +91 98765 43210 पर कॉल करो या a@b.com पर मेल करो।'],
  ] as const)('%s: a script whose only sentence carried contact details is refused with 422, before detection', async (source_lang, text) => {
    const d = deps();
    const err = await createVideoJob(body({ text, text_mode: 'script', source_lang, language: source_lang }), d.deps, 'client-a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    expect((err as AppError).toDetail()).toMatchObject({ error: 'validation_error' });
    expect(d.detections).toHaveLength(0);
    expect(d.store.writes).toHaveLength(0);
  });

  it.each([
    ['en', 'Sheru sleeps all day. Call me at +91 98765 43210 or mail a@b.com. He even snores in his dreams.', ['Sheru sleeps all day.', 'He even snores in his dreams.']],
    ['hi', 'शेरू दिन भर सोता है। मुझे +91 98765 43210 पर कॉल करो या a@b.com पर मेल करो। सपनों में भी खर्राटे लेता है।', ['शेरू दिन भर सोता है।', 'सपनों में भी खर्राटे लेता है।']],
  ] as const)('%s: the other sentences are narrated as written, with no half sentence left', async (source_lang, text, expected) => {
    const written = await writeScriptFor(
      { job_id: 'job_contact_1', text, text_mode: 'script', language: source_lang, source_lang, detected_pets: [{ label: 'dog', confidence: 0.9 }] },
      new TemplateWriter(),
    );
    expect(written.lines).toEqual(expected);
    const d = deps();
    const out = await createVideoJob(body({ text, text_mode: 'script', source_lang, language: source_lang }), d.deps, 'client-a');
    expect(out.job_id).toMatch(/^job_/);
  });
});

describe('Function: createVideoJob (a script in the script of its source_lang)', () => {
  /** Every (script's language, declared source_lang) pair of the 13 languages whose scripts differ. */
  const mismatches = LANGUAGE_CODES.flatMap((written) =>
    LANGUAGE_CODES.filter((declared) => LANGUAGE_SCRIPT[declared] !== LANGUAGE_SCRIPT[written]).map((declared) => [written, declared] as [LanguageCode, LanguageCode]),
  );

  it('Tamil letters with source_lang "en" → 422 script_language_mismatch naming both scripts, before detection or any write', async () => {
    const d = deps();
    const err = await createVideoJob(body({ text: SAMPLE_LINES.ta, text_mode: 'script', source_lang: 'en', language: 'ta' }), d.deps, 'client-a').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).status).toBe(422);
    expect((err as AppError).toDetail()).toEqual({
      error: 'script_language_mismatch',
      message:
        'The script is written in Tamil letters, but source_lang "en" (English) is written in Latin: set source_lang to the language the script is written in (it is translated to `language` when they differ), or send the script in English.',
      field: 'source_lang',
      source_lang: 'en',
      expected_script: 'Latin',
      found_script: 'Tamil',
    });
    expect(d.detections).toHaveLength(0);
    expect(d.callbackChecks).toHaveLength(0);
    expect(d.store.writes).toHaveLength(0);
  });

  it(`refuses every one of the ${mismatches.length} mismatched pairs of the 13 languages`, async () => {
    expect(mismatches.length).toBeGreaterThan(100);
    for (const [written, declared] of mismatches) {
      const d = deps();
      const err = await createVideoJob(body({ text: SAMPLE_LINES[written], text_mode: 'script', source_lang: declared }), d.deps, 'client-a').catch((e: unknown) => e);
      expect((err as AppError).toDetail?.(), `${written} text sent as ${declared}`).toMatchObject({
        error: 'script_language_mismatch',
        expected_script: LANGUAGE_SCRIPT[declared],
        found_script: LANGUAGE_SCRIPT[written],
      });
      expect(d.detections).toHaveLength(0);
    }
  });

  it('accepts each language’s script as itself (and as a language sharing its script), with a Latin name or word inside', async () => {
    for (const language of LANGUAGE_CODES) {
      for (const text of [SAMPLE_LINES[language], `Bruno! ${SAMPLE_LINES[language]}`]) {
        const d = deps();
        const out = await createVideoJob(body({ text, text_mode: 'script', source_lang: language, language }), d.deps, 'client-a');
        expect(out.job_id, `${language}: ${text}`).toMatch(/^job_/);
      }
    }
    const d = deps();
    await expect(createVideoJob(body({ text: SAMPLE_LINES.hi, text_mode: 'script', source_lang: 'mr' }), d.deps, 'client-a')).resolves.toMatchObject({ status: 'queued' });
  });

  it('a prompt is not checked: a Tamil prompt with source_lang "en" is accepted (the writer reads every language)', async () => {
    const d = deps();
    const out = await createVideoJob(body({ text: 'என் நாய் நாள் முழுக்க தூங்குது', text_mode: 'prompt', source_lang: 'en', language: 'ta' }), d.deps, 'client-a');
    expect(out.job_id).toMatch(/^job_/);
  });
});

describe('Function: countPets', () => {
  const box = (x: number) => ({ x, y: 0, width: 100, height: 100 });
  it('counts per image or frame and keeps the largest count per class', () => {
    expect(countPets([{ label: 'dog', confidence: 0.9, box: box(0) }, { label: 'dog', confidence: 0.8, box: box(200) }, { label: 'cat', confidence: 0.7, box: box(400) }])).toEqual({ dog: 2, cat: 1 });
    expect(
      countPets([
        { label: 'dog', confidence: 0.9, box: box(0), frame_time_s: 0 },
        { label: 'dog', confidence: 0.9, box: box(0), frame_time_s: 1 },
        { label: 'dog', confidence: 0.8, box: box(200), frame_time_s: 1 },
        { label: 'dog', confidence: 0.9, box: box(0), frame_time_s: 2 },
      ]),
    ).toEqual({ dog: 2 });
  });

  it('a head box inside the whole-dog box is the same dog (pets-eval coco-train2017-000000000394)', () => {
    expect(countPets([
      { label: 'dog', confidence: 0.822, box: { x: 1, y: 16, width: 629, height: 554 } },
      { label: 'dog', confidence: 0.819, box: { x: 278, y: 451, width: 230, height: 133 } },
    ])).toEqual({ dog: 1 });
  });
});
