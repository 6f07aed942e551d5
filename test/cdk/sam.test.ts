import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthStack, nonEmpty } from '../support/stack.js';

const { template } = synthStack();
const functions = template.findResources('AWS::Lambda::Function');
const eventsDir = path.resolve(import.meta.dirname, '..', 'events');

describe('SAM local assets', () => {
  it('names in test/sam/env.example.json only functions that exist in the template', () => {
    const env = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '..', 'sam', 'env.example.json'), 'utf8')) as Record<string, unknown>;
    for (const id of nonEmpty(Object.keys(env).filter((k) => k !== 'Parameters'), 'function in the SAM env file')) expect(Object.keys(functions)).toContain(id);
  });

  it('ships an API Gateway event for every route, matching a method of the template', () => {
    const methods = Object.values(template.findResources('AWS::ApiGateway::Method')).map((m) => m.Properties.HttpMethod as string);
    const apiEvents = readdirSync(eventsDir)
      .map((f) => JSON.parse(readFileSync(path.join(eventsDir, f), 'utf8')) as { httpMethod?: string; resource?: string })
      .filter((e) => e.httpMethod);
    expect(apiEvents.length).toBeGreaterThanOrEqual(11);
    for (const e of nonEmpty(apiEvents, 'apiEvents')) expect(methods).toContain(e.httpMethod);
    const resources = new Set(apiEvents.map((e) => e.resource));
    for (const route of ['/healthz', '/api/banuba-filters', '/api/translate-text', '/api/detect-pets', '/api/uploads', '/api/generate-video', '/api/video-status/{job_id}', '/api/video-result/{job_id}', '/api/jobs/{job_id}', '/webhooks/revid']) {
      expect(resources).toContain(route);
    }
  });
});
