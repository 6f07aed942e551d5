import { z } from 'zod';
import { LANGUAGE_CODES, type LanguageCode } from '../languages.js';

const codes = LANGUAGE_CODES.join(', ');
const LanguageEnum = z.enum(LANGUAGE_CODES as [LanguageCode, ...LanguageCode[]]);

/**
 * Body of `POST /api/translate-text` (docs/reference/spec.md §3.2). The language fields are plain strings on purpose: an
 * unknown code is a 400 `unsupported_language` naming the field (raised by the translation service),
 * not a 422 schema error.
 */
export const TranslateRequestSchema = z
  .object({
    text: z.string().min(1).max(5000).describe('The text to translate, 1 to 5000 characters.'),
    source_lang: z
      .string()
      .max(35)
      .describe(`ISO 639-1 code of the text's language; one of ${codes}.`)
      .meta({ examples: ['en'] }),
    target_lang: z
      .string()
      .max(35)
      .default('en')
      .describe(`ISO 639-1 code to translate into; one of ${codes}. Default en.`)
      .meta({ examples: ['hi'] }),
    task: z
      .string()
      .max(64)
      .default('translation')
      .describe("What to do with the text; 'translation' is the only task.")
      .meta({ examples: ['translation'] }),
  })
  .meta({
    id: 'TranslateRequest',
    description: 'Translate a short text between English and the 12 supported Indian languages.',
    examples: [{ text: 'Your dog is a couch potato.', source_lang: 'en', target_lang: 'hi', task: 'translation' }],
  });

export const TranslationProviderNameSchema = z
  .enum(['indictrans2', 'dhruva', 'bhashini', 'amazon-translate', 'none'])
  .describe("The back-end that translated the text; 'none' when source and target are the same language.");

export const ProviderAttemptSchema = z
  .object({
    provider: TranslationProviderNameSchema.exclude(['none']),
    outcome: z
      .enum(['ok', 'failed', 'skipped'])
      .describe("'ok': this provider answered; 'failed': it failed in a way another provider may not (then the next one was tried); 'skipped': its circuit breaker is open after repeated failures, so it was not called."),
    reason: z
      .string()
      .optional()
      .describe("Why it failed or was skipped: 'http_503', 'timeout', 'network', 'rate_limited', 'script_mismatch', 'circuit_open', …"),
  })
  .describe('One provider of the route, as it was tried for this request.');

export const ProviderMetadataSchema = z
  .object({
    provider: TranslationProviderNameSchema,
    model: z.string().describe("Model or service id, e.g. 'indictrans2' or 'indictrans2-simulator'; 'none' for a pass-through."),
    latency_ms: z.number().int().min(0).describe('Time this service spent on the request, in milliseconds.'),
    cached: z.boolean().describe('True when the translation came from the 30-day cache and no provider was called.'),
    simulated: z
      .literal(true)
      .optional()
      .describe('Present (true) only when a local simulator produced the text: development and tests, never production.'),
    failover: z
      .boolean()
      .optional()
      .describe('True when the provider that answered is not the first on the language pair\'s route: an earlier one failed or was skipped. Present whenever a provider was asked or the cache answered.'),
    attempted: z
      .array(ProviderAttemptSchema)
      .optional()
      .describe('The providers of the route in the order they were tried, present when more than one was involved (a fail-over).'),
  })
  .meta({ id: 'TranslationProviderMetadata' });

export const TranslateResponseSchema = z
  .object({
    translated_text: z.string().describe('The translation, in the target language and its script.'),
    source_language: LanguageEnum.describe('ISO 639-1 code of the source language.'),
    target_language: LanguageEnum.describe('ISO 639-1 code of the target language.'),
    task: z.literal('translation'),
    provider_metadata: ProviderMetadataSchema,
  })
  .meta({
    id: 'TranslateResponse',
    examples: [
      {
        translated_text: 'आपका कुत्ता एक काउच पोटैटो है।',
        source_language: 'en',
        target_language: 'hi',
        task: 'translation',
        provider_metadata: { provider: 'indictrans2', model: 'indictrans2', latency_ms: 412, cached: false },
      },
    ],
  });

/** The validated request (defaults applied). */
export type TranslateRequest = z.output<typeof TranslateRequestSchema>;
/** What a caller may send (optional fields may be omitted). */
export type TranslateRequestInput = z.input<typeof TranslateRequestSchema>;
export type TranslateResponse = z.output<typeof TranslateResponseSchema>;
export type ProviderMetadata = z.output<typeof ProviderMetadataSchema>;
export type ProviderAttempt = z.output<typeof ProviderAttemptSchema>;
