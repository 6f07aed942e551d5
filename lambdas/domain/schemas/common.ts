import { z } from 'zod';
import { LANGUAGE_CODES } from '../languages.js';

/** The error envelope every non-2xx response uses (docs/reference/spec.md §3). */
export const ErrorEnvelope = z
  .object({
    detail: z
      .object({
        error: z.string().describe('Machine-readable error code.'),
        message: z.string().describe('Human sentence explaining what went wrong.'),
      })
      .catchall(z.unknown()),
  })
  .meta({ id: 'Error' });

/** The pet classes the detector knows (COCO animal classes). */
export const PET_LABELS = ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'] as const;
export const PetLabel = z.enum(PET_LABELS);

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES as [string, ...string[]]).describe('ISO 639-1 code.');

/** Job ids are `job_` + a ULID (26 Crockford base32 characters). */
export const JobId = z
  .string()
  .regex(/^job_[0-9A-HJKMNP-TV-Z]{26}$/, 'must be job_ followed by a 26-character ULID')
  .describe('Job id, e.g. job_01JD3YQ5Z8M2W4V6T7R9P0K1C3.');

/** GET /openapi.json: an OpenAPI 3.1 document (its own schema is the OpenAPI specification's). */
export const OpenApiDocumentSchema = z
  .object({ openapi: z.string().regex(/^3\.1\.\d+$/), info: z.object({ title: z.string(), version: z.string() }).loose() })
  .loose()
  .meta({ id: 'OpenApiDocument', description: 'An OpenAPI 3.1 document (https://spec.openapis.org/oas/v3.1.0).' });
