import { TranslateRequestSchema } from '../domain/schemas/translate.js';
import { TRANSLATION_BUDGET_MS } from '../engines/translation/service.js';
import { translationService } from '../adapters/translation-service.js';
import { httpHandler } from '../http/handler.js';

/** POST /api/translate-text (docs/reference/spec.md §3.2). */
export const handler = httpHandler({ body: TranslateRequestSchema }, async ({ body, context }) => {
  // All providers of a fail-over together stay inside the function's (and API Gateway's) time.
  const budgetMs = Math.max(1000, Math.min(TRANSLATION_BUDGET_MS, context.getRemainingTimeInMillis() - 1500));
  const signal = AbortSignal.timeout(budgetMs);
  return { status: 200, body: await translationService().translate(body, { signal, budgetMs }) };
});
