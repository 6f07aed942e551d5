import { TranslateRequestSchema } from '../core/schemas/translate.js';
import { createTranslationService } from '../adapters/translation-service.js';
import { httpHandler } from '../http/handler.js';

/** POST /api/translate-text (SPEC 3.2). */
export const handler = httpHandler({ body: TranslateRequestSchema }, async ({ body, context }) => {
  const signal = AbortSignal.timeout(Math.max(1000, context.getRemainingTimeInMillis() - 1500));
  return { status: 200, body: await createTranslationService().translate(body, { signal }) };
});
