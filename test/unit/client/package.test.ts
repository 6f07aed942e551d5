/**
 * `@pet-roast/client` stays in step with the service it calls: its generated API types are what
 * openapi-typescript makes of the document `GET /openapi.json` serves today, and the few values it
 * carries itself (the no-pet wording, the upload types) equal the service's. The tarball is installed
 * and run against the local service in test/integration/client-package.test.ts.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NO_PETS_MESSAGE as SERVICE_NO_PETS, NO_PETS_SUGGESTION as SERVICE_SUGGESTION } from '../../../lambdas/domain/errors.js';
import { UPLOAD_TYPES } from '../../../lambdas/domain/schemas/media.js';
import { REPO_ROOT } from '../../../local/runtime.js';
import { currentDocument, generateClientTypes, GENERATED_TYPES_PATH } from '../../../scripts/generate-client-types.js';
import { NO_PETS_MESSAGE, NO_PETS_SUGGESTION, UPLOAD_CONTENT_TYPES, type CallbackEventPayload, type VideoResult, type VideoStatus } from '@pet-roast/client';
import { VideoStatusResponse } from '../../../lambdas/domain/schemas/jobs.js';

describe('@pet-roast/client against the service it calls', () => {
  it('the committed API types are what the current OpenAPI document generates (else: npm run client:types)', async () => {
    const committed = await readFile(path.join(REPO_ROOT, GENERATED_TYPES_PATH), 'utf8');
    const fresh = await generateClientTypes(currentDocument());
    expect(committed === fresh, `${GENERATED_TYPES_PATH} is stale: run npm run client:types`).toBe(true);
  });

  it('types who spoke (narration: language, provider, voice) on the status, the result and the callback, as the service answers it', () => {
    // Compile-time: the SDK's three shapes take a narration the service's own schema accepts (tsc checks this file).
    const said = { language: 'hi', provider: 'google', voice: 'hi-IN-Wavenet-A' } as const;
    const onStatus: VideoStatus['narration'] = said;
    const onResult: VideoResult['narration'] = { ...said, simulated: true };
    const onCallback: CallbackEventPayload['data']['narration'] = null;
    const narrationOf = VideoStatusResponse.shape.narration;
    expect(narrationOf.parse(onStatus)).toEqual(said);
    expect(narrationOf.parse(onResult)).toEqual({ ...said, simulated: true });
    expect(onCallback).toBeNull();
  });

  it('carries the service’s no-pet wording and its upload Content-Types', () => {
    expect(NO_PETS_MESSAGE).toBe(SERVICE_NO_PETS);
    expect(NO_PETS_SUGGESTION).toBe(SERVICE_SUGGESTION);
    expect([...UPLOAD_CONTENT_TYPES]).toEqual([...UPLOAD_TYPES]);
  });

  it('imports nothing from outside packages/client except its declared dependencies and the protocol package it bundles', async () => {
    const pkg = JSON.parse(await readFile(path.join(REPO_ROOT, 'packages/client/package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const { readdir } = await import('node:fs/promises');
    // The protocol's source is bundled into the SDK by tsup, so its imports count as the SDK's own.
    const roots = ['packages/client/src', 'packages/protocol/src'].map((d) => path.join(REPO_ROOT, d));
    const allowed = [path.join(REPO_ROOT, 'packages/client') + path.sep, path.join(REPO_ROOT, 'packages/protocol/src') + path.sep];
    const files: string[] = [];
    for (const root of roots) files.push(...(await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f)));
    const outside: string[] = [];
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
        if (spec!.startsWith('.')) {
          const resolved = path.resolve(path.dirname(file), spec!);
          if (!allowed.some((dir) => resolved.startsWith(dir))) outside.push(`${path.relative(REPO_ROOT, file)}: ${spec}`);
        } else if (!spec!.startsWith('node:') && !(spec! in pkg.dependencies)) {
          outside.push(`${path.relative(REPO_ROOT, file)}: ${spec}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(5);
    expect(outside).toEqual([]);
  });
});
