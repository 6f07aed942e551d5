import { describe, expect, it } from 'vitest';
import { ApiError, basePath, errorFrom } from '../../../playground/src/api.js';

/** The playground's call helpers (docs/playground.md): stage-relative paths and the error envelope. */
describe('playground API helpers', () => {
  it('calls the API under the stage the page is served from', () => {
    expect(basePath('/playground')).toBe('/');
    expect(basePath('/playground/')).toBe('/');
    expect(basePath('/prod/playground')).toBe('/prod/');
  });

  it("shows the envelope's message and suggestion, the fields of a 422, and never a body it does not know", () => {
    const noPet = errorFrom(400, { detail: { error: 'no_pets_detected', message: 'No pets found in the uploaded image.', suggestion: 'Try uploading a clear photo or video of your pet.' } });
    expect(noPet).toBeInstanceOf(ApiError);
    expect([noPet.status, noPet.code, noPet.message, noPet.suggestion]).toEqual([400, 'no_pets_detected', 'No pets found in the uploaded image.', 'Try uploading a clear photo or video of your pet.']);
    const invalid = errorFrom(422, { detail: { error: 'validation_error', message: 'The request does not match the schema.', issues: [{ path: 'body.text', message: 'Too small' }] } });
    expect(invalid.message).toBe('The request does not match the schema. (body.text: Too small)');
    const stack = errorFrom(502, '<html>Error: at Object.<anonymous> (/var/task/index.mjs:1:1)</html>');
    expect([stack.code, stack.message, stack.suggestion]).toEqual(['error', 'The service answered HTTP 502.', undefined]);
  });
});
