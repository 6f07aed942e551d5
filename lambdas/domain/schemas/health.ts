import { z } from 'zod';

export const HealthQuery = z.object({
  deep: z.enum(['true', 'false', '1', '0']).optional().describe('Also check the table, the queues and the detector.'),
});

export const HealthCheck = z.object({ ok: z.boolean(), latency_ms: z.number(), error: z.string().optional() });

export const HealthResponse = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string(),
    checks: z.record(z.string(), HealthCheck).optional(),
  })
  .meta({ id: 'Health' });
