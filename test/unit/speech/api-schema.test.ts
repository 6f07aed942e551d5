import { describe, expect, it } from 'vitest';
import { CallbackEvent, GenerateVideoRequest, VideoResultResponse, VideoStatusResponse } from '../../../lambdas/domain/schemas/jobs.js';

const base = { text: 'Roast my dog', image_url: 'https://cdn.example.com/dog.jpg' };

describe('generate-video `voice` and the `narration` of status, result and callback', () => {
  it('accepts gender female|male and speed 0.8–1.25; anything else is refused with the field named', () => {
    expect(GenerateVideoRequest.parse({ ...base, voice: { gender: 'male', speed: 1.25 } }).voice).toEqual({ gender: 'male', speed: 1.25 });
    expect(GenerateVideoRequest.parse({ ...base, voice: {} }).voice).toEqual({});
    expect(GenerateVideoRequest.parse(base).voice).toBeUndefined();
    for (const voice of [{ speed: 0.79 }, { speed: 1.26 }, { gender: 'robot' }, { gender: 'female', pitch: 2 }, 'Kajal']) {
      const result = GenerateVideoRequest.safeParse({ ...base, voice });
      expect(result.success, JSON.stringify(voice)).toBe(false);
      expect(result.error!.issues[0]!.path[0]).toBe('voice');
    }
  });

  it('narration is required (nullable) in status, result and callback, with the provider that spoke', () => {
    const narration = { language: 'pa', provider: 'google', voice: 'pa-IN-Wavenet-A' };
    expect(VideoStatusResponse.shape.narration.parse(narration)).toEqual(narration);
    expect(VideoResultResponse.shape.narration.parse(null)).toBeNull();
    expect(CallbackEvent.shape.data.shape.narration.safeParse({ ...narration, provider: 'azure' }).success).toBe(false);
    expect(VideoStatusResponse.shape.narration.safeParse(undefined).success).toBe(false);
  });
});
