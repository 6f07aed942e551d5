import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorHandle } from '../../local/simulators/indictrans2.js';
import { call } from '../support/runtime.js';
import { startJobsRuntime, type JobsRuntime } from '../support/jobs-runtime.js';
import { waitFor } from '../support/job-servers.js';

/**
 * One job per route, end to end on the local runtime with LOCAL_TTS_SIMULATORS=polly,bhashini,google
 * (docs/voices.md "Local simulators"): each ends `completed` with `narration.provider` as routed, in the
 * status, the result and the callback; a provider that is down hands the script to the next one.
 */

let t: JobsRuntime;
const saved = process.env.LOCAL_TTS_SIMULATORS;

beforeAll(async () => {
  process.env.LOCAL_TTS_SIMULATORS = 'polly,bhashini,google';
  // The default route everywhere, and Malayalam routed to espeak-ng alone (TTS_ROUTES, docs/voices.md "Routes").
  t = await startJobsRuntime({ env: { VIDEO_PROVIDER: 'builtin', TTS_ROUTES: '{"default":["polly","bhashini","google","espeak"],"ml":["espeak"]}' } });
}, 240_000);
afterAll(async () => {
  await t?.stop();
  if (saved === undefined) delete process.env.LOCAL_TTS_SIMULATORS;
  else process.env.LOCAL_TTS_SIMULATORS = saved;
});

async function narrated(language: string, text: string, voice?: Record<string, unknown>) {
  const jobId = await t.createJob({ text, text_mode: 'script', language, source_lang: language, ...(voice ? { voice } : {}) });
  const job = await t.waitForJob(jobId, 'ends', (j) => j.status === 'completed' || j.status === 'failed', 240_000);
  expect(job.status, job.detail ?? '').toBe('completed');
  const status = await call(t.runtime, 'GET', `/api/video-status/${jobId}`);
  const result = await call(t.runtime, 'GET', `/api/video-result/${jobId}`);
  expect(result.body.narration).toEqual(status.body.narration);
  // The completion callback carries the same narration.
  const delivery = await waitFor(`the callback of ${jobId}`, () => t.receiver.forJob(jobId)[0], 60_000);
  expect((JSON.parse(delivery.body) as { data: { narration: unknown } }).data.narration).toEqual(status.body.narration);
  return { job, narration: status.body.narration };
}

describe('a job per speech route (simulated providers)', () => {
  it('en → Polly (Kajal), ta → Bhashini, pa → Google, hi male → Bhashini (Polly has no male voice), ml → espeak-ng', async () => {
    expect(t.runtime.simulators.map((s) => s.name)).toEqual(expect.arrayContaining(['polly', 'bhashini-tts', 'google-tts']));
    const en = await narrated('en', 'Look at this dog. He thinks the sofa is his throne.');
    expect(en.narration).toEqual({ language: 'en', provider: 'polly', voice: 'Kajal', simulated: true });
    const ta = await narrated('ta', 'உங்கள் நாய் சோபாவை தனது சிம்மாசனம் என்று நினைக்கிறது.');
    expect(ta.narration).toMatchObject({ language: 'ta', provider: 'bhashini', simulated: true });
    const pa = await narrated('pa', 'ਤੁਹਾਡਾ ਕੁੱਤਾ ਸੋਫ਼ੇ ਨੂੰ ਆਪਣਾ ਤਖ਼ਤ ਸਮਝਦਾ ਹੈ।');
    expect(pa.narration).toEqual({ language: 'pa', provider: 'google', voice: 'pa-IN-Wavenet-A', simulated: true });
    const bhashini = t.runtime.simulator<SimulatorHandle>('bhashini-tts');
    const before = bhashini.requests.length;
    const hi = await narrated('hi', 'Bruno सोचता है कि सोफ़ा उसका सिंहासन है।', { gender: 'male', speed: 1.1 });
    expect(hi.narration).toMatchObject({ language: 'hi', provider: 'bhashini', voice: expect.stringContaining('(male)') });
    // The name typed in Latin letters reaches IndicTTS in Devanagari (docs/voices.md "Names in Latin script").
    const sources = bhashini.requests.slice(before).flatMap((r) => (r.body as { inputData?: { input?: Array<{ source?: string }> } })?.inputData?.input?.map((i) => i.source) ?? []);
    expect(sources).toEqual(['ब्रूनो सोचता है कि सोफ़ा उसका सिंहासन है।']);
    const ml = await narrated('ml', 'നിന്റെ നായ സോഫ തന്റെ സിംഹാസനമാണെന്ന് കരുതുന്നു.');
    expect(ml.narration).toEqual({ language: 'ml', provider: 'espeak', voice: 'ml' });
  }, 900_000);

  it('Google down: the Punjabi script fails over, whole, to espeak-ng and the job still completes', async () => {
    const google = t.runtime.simulator<SimulatorHandle>('google-tts');
    google.faults.set({ status: 500 });
    try {
      const pa = await narrated('pa', 'ਕੁੱਤਾ ਸੌਂ ਰਿਹਾ ਹੈ। ਉਹ ਰਾਜਾ ਹੈ।');
      expect(pa.narration).toEqual({ language: 'pa', provider: 'espeak', voice: 'pa' });
    } finally {
      google.faults.reset();
    }
  }, 600_000);
});
