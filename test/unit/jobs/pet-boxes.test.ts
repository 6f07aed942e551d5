import { describe, expect, it } from 'vitest';
import { petBoxes, petTrack } from '../../../lambdas/domain/jobs/create.js';
import { MAX_STORED_BOXES } from '../../../lambdas/domain/jobs/model.js';
import { subjectFirst, subjectTrack } from '../../../lambdas/engines/renderer/video-provider.js';
import { boxAtClipTime, clipOverlaySpans } from '../../../lambdas/engines/renderer/clip.js';

const pet = (confidence: number, x: number, frame_time_s?: number) => ({
  label: 'dog',
  confidence,
  box: { x: x + 0.4, y: 10.6, width: 100.2, height: 50.5 },
  ...(frame_time_s === undefined ? {} : { frame_time_s }),
});

describe('Function: petBoxes (what the job keeps for the renderer’s framing)', () => {
  it('keeps the boxes of a photo, best first, in whole pixels', () => {
    expect(petBoxes([pet(0.6, 300), pet(0.9, 10)])).toEqual({
      pet_boxes: [
        { label: 'dog', x: 10, y: 11, width: 100, height: 51 },
        { label: 'dog', x: 300, y: 11, width: 100, height: 51 },
      ],
    });
  });

  it('for a video, keeps only the boxes of the frame with the best pet, and its time', () => {
    expect(petBoxes([pet(0.7, 1, 0), pet(0.95, 2, 3.5), pet(0.6, 3, 3.5), pet(0.8, 4, 7)])).toEqual({
      pet_boxes: [
        { label: 'dog', x: 2, y: 11, width: 100, height: 51 },
        { label: 'dog', x: 3, y: 11, width: 100, height: 51 },
      ],
      pet_frame_time_s: 3.5,
    });
  });

  it('keeps at most MAX_STORED_BOXES, and nothing without pets', () => {
    const many = Array.from({ length: 20 }, (_, i) => pet(i / 20, i));
    expect(petBoxes(many).pet_boxes).toHaveLength(MAX_STORED_BOXES);
    expect(petBoxes(many).pet_boxes![0]!.x).toBe(19);
    expect(petBoxes([])).toEqual({});
  });
});

describe('Function: subjectFirst (the filter look sits on the pet the roast is about)', () => {
  const cat = { label: 'cat', x: 1, y: 1, width: 10, height: 10 };
  const dog = { label: 'dog', x: 50, y: 1, width: 30, height: 30 };
  it('puts the first box of the roast subject’s class first, keeping the others in order', () => {
    expect(subjectFirst([cat, dog], 'dog')).toEqual([dog, cat]);
    expect(subjectFirst([cat, dog], 'cat')).toEqual([cat, dog]);
  });
  it('keeps the order without a subject, or when no box has its class (old jobs have no labels)', () => {
    expect(subjectFirst([cat, dog], undefined)).toEqual([cat, dog]);
    expect(subjectFirst([cat, dog], 'horse')).toEqual([cat, dog]);
    const unlabelled: Array<{ label?: string; x: number }> = [{ x: 1 }, { x: 2 }];
    expect(subjectFirst(unlabelled, 'dog')).toEqual(unlabelled);
  });
});

describe('the subject through a clip (docs/renderer.md "Filter looks")', () => {
  it('petTrack keeps every sampled frame, in time order, at most 4 boxes each; nothing for a photo', () => {
    expect(petTrack([pet(0.9, 10)])).toEqual({});
    const frames = [2, 0, 1].flatMap((t) => [pet(0.5, 100 * t, t), pet(0.9, 100 * t + 5, t), pet(0.3, 1, t), pet(0.4, 2, t), pet(0.2, 3, t)]);
    const { pet_track } = petTrack(frames);
    expect(pet_track!.map((b) => b.t)).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2]);
    expect(pet_track!.filter((b) => b.t === 1).map((b) => b.x)).toEqual([105, 100, 2, 1]);
  });

  it('subjectTrack follows the subject’s class from the anchor’s frame, the nearest box frame to frame', () => {
    const b = (t: number, x: number, label: string) => ({ t, x, y: 0, width: 10, height: 10, label });
    // Two dogs (one walking right from x=100, one sitting at x=500) and a cat; the roast is about the walking dog.
    const track = [b(0, 100, 'dog'), b(0, 500, 'dog'), b(0, 300, 'cat'), b(1, 490, 'dog'), b(1, 150, 'dog'), b(2, 200, 'dog'), b(2, 500, 'dog'), b(3, 300, 'cat')];
    expect(subjectTrack(track, 'dog', { x: 150, y: 0, width: 10, height: 10, label: 'dog' }, 1).map((p) => [p.timeS, p.x])).toEqual([[0, 100], [1, 150], [2, 200]]);
    // The subject's class wins over the anchor's; a class absent from the track falls back to the anchor's.
    expect(subjectTrack(track, 'cat', { x: 150, y: 0, width: 10, height: 10, label: 'dog' }, 1).map((p) => p.x)).toEqual([300, 300]);
    expect(subjectTrack(track, 'horse', { x: 480, y: 0, width: 10, height: 10, label: 'dog' }, 1).map((p) => p.x)).toEqual([500, 490, 500]);
    expect(subjectTrack([], 'dog', undefined)).toEqual([]);
  });

  it('boxAtClipTime interpolates between samples and holds outside them; clipOverlaySpans loops and maps through the crop', () => {
    const track = [{ timeS: 1, x: 0, y: 0, width: 100, height: 100 }, { timeS: 3, x: 200, y: 100, width: 100, height: 100 }];
    expect(boxAtClipTime(track, 0)).toMatchObject({ x: 0, y: 0 });
    expect(boxAtClipTime(track, 2)).toMatchObject({ x: 100, y: 50, width: 100, height: 100 });
    expect(boxAtClipTime(track, 9)).toMatchObject({ x: 200, y: 100 });
    // A 1440×2560 clip shown whole ('cover' of the whole frame: ×0.5); 4 s long, so 6 s of video plays it 1.5 times.
    const spans = clipOverlaySpans(track, { width: 1440, height: 2560, durationS: 4 }, { fill: 'cover', crop: { x: 0, y: 0, width: 1440, height: 2560 } }, 180, 30);
    expect(spans).toHaveLength(60);
    const at = (s: number) => spans.find((sp) => sp.startS <= s && s < sp.endS)!.box;
    expect(at(2)).toMatchObject({ x: expect.closeTo(52.5, 3), width: expect.closeTo(50, 3) });
    expect(at(6 - 0.1)).toMatchObject({ x: expect.closeTo(at(2 - 0.1).x, 5) });
    // 'contain': a 1920×1080 clip fitted to 720 wide, centred vertically (offset (1280 − 405) / 2).
    const fit = clipOverlaySpans([{ timeS: 0, x: 0, y: 0, width: 1920, height: 1080 }], { width: 1920, height: 1080, durationS: 4 }, { fill: 'contain', crop: { x: 0, y: 0, width: 1920, height: 1080 } }, 3, 30);
    expect(fit[0]!.box).toEqual({ x: 0, y: 437.5, width: 720, height: 405 });
  });
});
