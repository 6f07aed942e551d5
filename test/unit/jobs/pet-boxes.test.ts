import { describe, expect, it } from 'vitest';
import { petBoxes } from '../../../lambdas/core/jobs/create.js';
import { MAX_STORED_BOXES } from '../../../lambdas/core/jobs/model.js';

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
        { x: 10, y: 11, width: 100, height: 51 },
        { x: 300, y: 11, width: 100, height: 51 },
      ],
    });
  });

  it('for a video, keeps only the boxes of the frame with the best pet, and its time', () => {
    expect(petBoxes([pet(0.7, 1, 0), pet(0.95, 2, 3.5), pet(0.6, 3, 3.5), pet(0.8, 4, 7)])).toEqual({
      pet_boxes: [
        { x: 2, y: 11, width: 100, height: 51 },
        { x: 3, y: 11, width: 100, height: 51 },
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
