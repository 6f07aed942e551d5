import { describe, expect, it } from 'vitest';
import { petBoxes } from '../../../lambdas/core/jobs/create.js';
import { MAX_STORED_BOXES } from '../../../lambdas/core/jobs/model.js';
import { subjectFirst } from '../../../lambdas/core/providers/builtin/video-provider.js';

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
