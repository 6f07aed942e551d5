import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/core/errors.js';
import { FilterCatalogue } from '../../../lambdas/core/filters.js';
import { countPets, createVideoJob, type CreateJobDeps } from '../../../lambdas/core/jobs/create.js';
import type { DetectRequest, PetDetector } from '../../../lambdas/core/ports.js';
import { GenerateVideoRequest } from '../../../lambdas/core/schemas/jobs.js';
import { FakeQueues, MemoryJobStore } from '../../support/job-fakes.js';

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
