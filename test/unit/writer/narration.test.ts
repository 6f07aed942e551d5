import { PHRASEBOOK_LANGUAGES } from '../../../lambdas/engines/writer/phrasebooks/registry.js';
import { ownScriptShare } from '../../../lambdas/engines/writer/script-share.js';
import { describe, expect, it, vi } from 'vitest';
import { monotonicFactory } from 'ulid';
import { ensureScript, type RecentScripts } from '../../../lambdas/domain/jobs/narration.js';
import type { RenderDeps } from '../../../lambdas/domain/jobs/render-deps.js';
import { renderJob } from '../../../lambdas/domain/jobs/render-job.js';
import type { RenderRequest, VideoProvider } from '../../../lambdas/domain/providers/video-provider.js';
import { RevidError } from '../../../lambdas/engines/revid/client.js';
import { rngFrom, TemplateWriter, writeTemplate } from '../../../lambdas/engines/writer/template.js';
import { scriptDigest } from '../../../lambdas/engines/writer/types.js';
import type { RoastWriter, WriteRequest } from '../../../lambdas/engines/writer/types.js';
import { splitScript, writeScriptFor } from '../../../lambdas/engines/writer/index.js';
import type { Job } from '../../../lambdas/domain/jobs/model.js';
import { FakeQueues, FakeRevid, makeJob, MemoryJobStore, revidProviders } from '../../support/job-fakes.js';

/** An inline provider standing in for the built-in renderer: records what it was asked to narrate. */
class RecordingInlineProvider implements VideoProvider {
  readonly name = 'builtin' as const;
  readonly mode = 'inline' as const;
  readonly requests: RenderRequest[] = [];
  async start(request: RenderRequest) {
    this.requests.push(request);
    return { state: 'rendered' as const, video: { videoKey: `videos/${request.job.job_id}/video.mp4`, thumbnailKey: null, durationS: 12 } };
  }
}

/** A writer that records its calls and delegates to the template writer. */
class CountingWriter implements RoastWriter {
  readonly name = 'template' as const;
  readonly requests: WriteRequest[] = [];
  write(request: WriteRequest) {
    this.requests.push(request);
    return new TemplateWriter().write(request);
  }
}

function setup(overrides: Partial<Job> = {}) {
  const store = new MemoryJobStore();
  const revid = new FakeRevid();
  const writer = new CountingWriter();
  const translate = vi.fn(async (text: string, _s: string, target: string) => `[${target}] ${text}`);
  const deps: RenderDeps = {
    store,
    queues: new FakeQueues(),
    providers: revidProviders(revid),
    writer,
    translate,
    renderLeaseS: 0,
    hasCallbackTarget: () => false,
  };
  const job = makeJob({ text_mode: 'prompt', text: 'Roast my lazy beagle Bruno who steals food', ...overrides });
  return { store, revid, writer, translate, deps, job };
}

describe('Render step: the written roast', () => {
  it('writes the roast before the provider call, stores it, and narrates exactly that', async () => {
    const { store, revid, writer, deps, job } = setup();
    await store.create(job);
    let storedAtSubmit: Job['script'];
    const render = revid.render.bind(revid);
    revid.render = async (req) => {
      storedAtSubmit = (await store.get(job.job_id))!.script;
      return render(req);
    };
    await renderJob(job.job_id, deps);
    const expected = writeTemplate({ prompt: job.text, pets: [{ label: 'dog', count: 1, confidence: 0.93 }], petName: 'Bruno', language: 'en', seed: job.job_id });
    expect(writer.requests).toHaveLength(1);
    expect(writer.requests[0]).toMatchObject({ petName: 'Bruno', seed: job.job_id, language: 'en', pets: [{ label: 'dog', count: 1 }] });
    expect(storedAtSubmit).toEqual({ lines: expected.lines, language: 'en', writer: 'template', subject: 'dog' });
    expect(revid.renders[0]!.request.text).toBe(expected.script);
    expect((await store.get(job.job_id))!).toMatchObject({ status: 'processing', script: { writer: 'template', lines: expected.lines } });
  });

  it('a retried render reuses the stored script and its translation (translated once)', async () => {
    // A script-mode text in English narrated in Tamil: the one path that still translates once every language has a phrasebook.
    const { store, revid, writer, translate, deps, job } = setup({ language: 'ta', text_mode: 'script', text: 'Bruno sleeps all day. Bruno steals every sock in the house.' });
    await store.create(job);
    const render = revid.render.bind(revid);
    let calls = 0;
    revid.render = async (req) => {
      calls++;
      if (calls === 1) throw new RevidError({ message: 'Revid render failed with HTTP 503.', reason: 'server_error', retryable: true, httpStatus: 503 });
      return render(req);
    };
    await expect(renderJob(job.job_id, deps)).rejects.toThrow(/503/);
    const afterFirst = (await store.get(job.job_id))!.script!;
    await renderJob(job.job_id, deps);
    expect(writer.requests).toHaveLength(0);
    expect(translate).toHaveBeenCalledTimes(afterFirst.written!.lines.length);
    expect(afterFirst.language).toBe('ta');
    expect(afterFirst.written!.language).toBe('en');
    expect(afterFirst.lines).toEqual(afterFirst.written!.lines.map((l) => `[ta] ${l}`));
    expect(revid.renders).toHaveLength(1);
    expect(revid.renders[0]!.request.text).toBe(afterFirst.lines.join(' '));
  });

  it.each(PHRASEBOOK_LANGUAGES.filter((l) => l !== 'en'))('writes %s natively: no translation call, narration in its script', async (language) => {
    const { store, revid, translate, deps, job } = setup({ language, source_lang: 'en' });
    await store.create(job);
    await renderJob(job.job_id, deps);
    expect(translate).not.toHaveBeenCalled();
    const text = revid.renders[0]!.request.text;
    expect(ownScriptShare(text, language, 'Bruno')).toBeGreaterThanOrEqual(0.95);
    expect(text).toContain('Bruno');
    expect((await store.get(job.job_id))!.script).toMatchObject({ language, writer: 'template', subject: 'dog' });
  });

  it('text_mode script narrates the text as given (sentences with contact details removed whole), translated like before', async () => {
    const text = 'Bruno, you absolute couch potato. Call 98765 43210 for autographs! Love you anyway.';
    const { store, revid, writer, translate, deps, job } = setup({ text_mode: 'script', text, language: 'hi' });
    await store.create(job);
    await renderJob(job.job_id, deps);
    expect(writer.requests).toHaveLength(0);
    expect(translate.mock.calls.map((c) => c[0])).toEqual(['Bruno, you absolute couch potato.', 'Love you anyway.']);
    expect((await store.get(job.job_id))!.script).toMatchObject({ writer: 'verbatim', language: 'hi', written: { language: 'en' } });
    expect(revid.renders[0]!.request.text).not.toContain('98765');
  });

  it('falls back to the template writer when the configured writer throws', async () => {
    const { store, deps, job } = setup();
    deps.writer = { name: 'bedrock', write: async () => Promise.reject(new Error('boom')) };
    await store.create(job);
    const out = await ensureScript(job, deps);
    expect(out!.script.writer).toBe('template');
  });

  it('stops without writing twice when the job changed meanwhile', async () => {
    const { store, writer, deps, job } = setup();
    await store.create(job);
    const stale = { ...job, version: job.version - 1 };
    expect(await ensureScript(stale, deps)).toBeUndefined();
    expect((await store.get(job.job_id))!.script).toBeUndefined();
    expect(writer.requests).toHaveLength(1);
  });
});

describe('Both providers narrate the same written script', () => {
  it('the built-in renderer gets the stored lines as its narration, and the job completes with them', async () => {
    const { store, writer, deps, job } = setup({ language: 'hi' });
    const builtin = new RecordingInlineProvider();
    deps.providers = { selected: 'builtin', fallback: 'none', builtin };
    await store.create(job);
    await renderJob(job.job_id, deps);
    const stored = (await store.get(job.job_id))!;
    expect(writer.requests).toHaveLength(1);
    // The title names the pet the prompt names, in Hindi, the name kept apart from the postposition.
    expect(builtin.requests[0]!.narration).toEqual({ lines: stored.script!.lines, language: 'hi', title: 'Bruno का रोस्ट' });
    expect(builtin.requests[0]!.text).toBe(stored.script!.lines.join(' '));
    expect(stored).toMatchObject({ status: 'completed', script: { writer: 'template', language: 'hi' } });
  });

  it('a Revid job the fallback re-renders with the built-in renderer keeps the script Revid was given', async () => {
    const { store, revid, writer, deps, job } = setup();
    const builtin = new RecordingInlineProvider();
    deps.providers = revidProviders(revid, { builtin });
    revid.render = async () => {
      throw new RevidError({ message: 'Revid render refused: out of credits (HTTP 402).', reason: 'insufficient_credits', retryable: false, httpStatus: 402 });
    };
    await store.create(job);
    await renderJob(job.job_id, deps);
    const stored = (await store.get(job.job_id))!;
    expect(writer.requests).toHaveLength(1);
    expect(builtin.requests).toHaveLength(1);
    expect(builtin.requests[0]!.narration.lines).toEqual(stored.script!.lines);
    expect(stored.status).toBe('completed');
  });
});

describe('Consecutive jobs of one prompt', () => {
  it('never get the same script: the digest of the last one is remembered per prompt (and nothing else is stored)', async () => {
    const text = 'Roast my lazy beagle Bruno who steals food';
    // Two job ids whose seeds alone give the same template script (found, not hand-picked).
    const random = rngFrom('collision-search');
    const next = monotonicFactory(() => random());
    const seen = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let i = 0; i < 20_000 && !pair; i++) {
      const id = `job_${next(Date.parse('2026-11-30T10:00:00Z'))}`;
      const script = writeTemplate({ prompt: text, pets: [{ label: 'dog', count: 1, confidence: 0.93 }], petName: 'Bruno', language: 'en', seed: id }).script;
      if (seen.has(script)) pair = [seen.get(script)!, id];
      else seen.set(script, id);
    }
    expect(pair).toBeDefined();
    const run = async (recentScripts?: RecentScripts) => {
      const store = new MemoryJobStore();
      const out: string[] = [];
      for (const jobId of pair!) {
        const job = makeJob({ job_id: jobId, text_mode: 'prompt', text });
        await store.create(job);
        const done = await ensureScript(job, { store, translate: async (t) => t, recentScripts });
        out.push(done!.script.lines.join(' '));
      }
      return out;
    };
    const [a, b] = await run();
    expect(a).toBe(b);
    const remembered = new Map<string, string>();
    const recent: RecentScripts = { last: async (k) => remembered.get(k), remember: async (k, d) => void remembered.set(k, d) };
    const [c, d] = await run(recent);
    expect(c).toBe(a);
    expect(d).not.toBe(c);
    expect([...remembered.values()]).toEqual([scriptDigest(d!)]);
    expect(JSON.stringify([...remembered])).not.toContain('Bruno');
    // A memory that fails is not fatal: the job still gets its script.
    const broken: RecentScripts = { last: async () => Promise.reject(new Error('table down')), remember: async () => Promise.reject(new Error('table down')) };
    expect(await run(broken)).toEqual([a, b]);
  });
});

describe('Function: writeScriptFor / splitScript', () => {
  it('keeps a script verbatim, split at line breaks or sentence ends', async () => {
    expect(splitScript('One.\nTwo!\n\nThree?')).toEqual(['One.', 'Two!', 'Three?']);
    expect(splitScript('Bruno naps. Bruno eats! Bruno naps again?')).toEqual(['Bruno naps.', 'Bruno eats!', 'Bruno naps again?']);
    expect(splitScript('ब्रूनो सोता है। ब्रूनो खाता है।')).toEqual(['ब्रूनो सोता है।', 'ब्रूनो खाता है।']);
    const out = await writeScriptFor(
      { job_id: 'job_x', text: 'Exactly this, word for word', text_mode: 'script', language: 'en', source_lang: 'en', detected_pets: [] },
      new CountingWriter(),
    );
    expect(out).toEqual({ lines: ['Exactly this, word for word'], script: 'Exactly this, word for word', writer: 'verbatim', language: 'en' });
  });
});
