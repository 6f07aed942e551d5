import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TranslateRequestSchema, TranslateResponseSchema } from '../../../lambdas/domain/schemas/translate.js';

describe('Schema: TranslateRequest', () => {
  it('applies the defaults target_lang=en and task=translation', () => {
    expect(TranslateRequestSchema.parse({ text: 'Hi', source_lang: 'hi' })).toEqual({
      text: 'Hi',
      source_lang: 'hi',
      target_lang: 'en',
      task: 'translation',
    });
  });

  it('accepts 1..5000 characters of text and rejects empty or longer text (422 territory)', () => {
    expect(TranslateRequestSchema.safeParse({ text: 'x'.repeat(5000), source_lang: 'en' }).success).toBe(true);
    expect(TranslateRequestSchema.safeParse({ text: '', source_lang: 'en' }).success).toBe(false);
    expect(TranslateRequestSchema.safeParse({ text: 'x'.repeat(5001), source_lang: 'en' }).success).toBe(false);
    expect(TranslateRequestSchema.safeParse({ text: 'Hi' }).success).toBe(false);
    expect(TranslateRequestSchema.safeParse({ text: 5, source_lang: 'en' }).success).toBe(false);
  });

  it('lets unknown language codes and tasks through, so the service can answer 400 instead of 422', () => {
    expect(TranslateRequestSchema.safeParse({ text: 'Hi', source_lang: 'fr', target_lang: 'de', task: 'summarize' }).success).toBe(true);
  });

  it('generates JSON Schema for OpenAPI with descriptions, defaults and examples', () => {
    const input = z.toJSONSchema(TranslateRequestSchema, { io: 'input' }) as {
      $ref?: string;
      $defs?: Record<string, { properties: Record<string, { default?: unknown; description?: string; maxLength?: number }>; required: string[] }>;
    };
    const schema = input.$defs?.TranslateRequest ?? (input as never);
    expect(schema.required).toEqual(['text', 'source_lang']);
    expect(schema.properties.text?.maxLength).toBe(5000);
    expect(schema.properties.target_lang?.default).toBe('en');
    expect(schema.properties.task?.default).toBe('translation');
    expect(schema.properties.source_lang?.description).toMatch(/ISO 639-1/);
    const output = JSON.stringify(z.toJSONSchema(TranslateResponseSchema, { io: 'output' }));
    expect(output).toContain('"cached"');
    expect(output).toContain('"simulated"');
  });
});

describe('Schema: TranslateResponse', () => {
  it('requires docs/reference/spec.md §3.2 fields and allows simulated only as true', () => {
    const base = {
      translated_text: 'नमस्ते',
      source_language: 'en',
      target_language: 'hi',
      task: 'translation',
      provider_metadata: { provider: 'indictrans2', model: 'm', latency_ms: 3, cached: false },
    };
    expect(TranslateResponseSchema.safeParse(base).success).toBe(true);
    expect(TranslateResponseSchema.safeParse({ ...base, provider_metadata: { ...base.provider_metadata, simulated: false } }).success).toBe(false);
    expect(TranslateResponseSchema.safeParse({ ...base, target_language: 'xx' }).success).toBe(false);
  });
});
