import type { Context } from 'aws-lambda';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CfnTemplate } from './template.js';
import { resourcesOfType } from './template.js';
import { resolve, type Provisioned } from './provision.js';

export const ENTRY_METADATA = 'PetRoast:Entry';

export interface LocalFunction {
  id: string;
  entry: string;
  timeoutMs: number;
  environment: Record<string, string>;
  invoke(event: unknown): Promise<any>;
}

type Handler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * The template's Lambda functions as in-process callables: the handler module named in each
 * function's metadata, invoked with a Lambda-like context and the function's timeout enforced.
 *
 * Lambda runs one invocation at a time per execution environment and serves concurrent invocations
 * from separate environments, so module-scope state (a Powertools BatchProcessor, an idempotency
 * config holding the Lambda context) is never shared by two running invocations. Locally, each
 * function keeps a pool of instances of its entry module: an invocation takes an idle instance or,
 * when all are busy, imports a fresh one (`<entry>?env=N`; the modules it imports stay shared). An
 * instance whose invocation timed out is not reused until its handler has actually settled.
 */
export function loadFunctions(template: CfnTemplate, provisioned: Provisioned, repoRoot: string): Map<string, LocalFunction> {
  const out = new Map<string, LocalFunction>();
  for (const [id, resource] of resourcesOfType(template, 'AWS::Lambda::Function')) {
    const entry = resource.Metadata?.[ENTRY_METADATA] as string | undefined;
    if (!entry) continue;
    const timeoutMs = Number(resource.Properties?.Timeout ?? 3) * 1000;
    const environment = resolve(resource.Properties?.Environment?.Variables ?? {}, provisioned) as Record<string, string>;
    const url = pathToFileURL(path.join(repoRoot, entry)).href;
    const idle: Handler[] = [];
    let environments = 0;
    const acquire = async (): Promise<Handler> => {
      const free = idle.pop();
      if (free) return free;
      const n = environments++;
      const module = (await import(n === 0 ? url : `${url}?env=${n}`)) as { handler: Handler };
      return module.handler;
    };
    out.set(id, {
      id,
      entry,
      timeoutMs,
      environment,
      async invoke(event) {
        const handler = await acquire();
        const deadline = Date.now() + timeoutMs;
        const context = {
          functionName: id,
          functionVersion: '$LATEST',
          awsRequestId: randomUUID(),
          invokedFunctionArn: provisioned.attrs[id]?.Arn ?? id,
          memoryLimitInMB: String(resource.Properties?.MemorySize ?? 128),
          logGroupName: `/aws/lambda/${id}`,
          logStreamName: 'local',
          callbackWaitsForEmptyEventLoop: false,
          getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
          done: () => undefined,
          fail: () => undefined,
          succeed: () => undefined,
        } as unknown as Context;
        let timer: NodeJS.Timeout | undefined;
        const running = Promise.resolve().then(() => handler(event, context));
        // The environment is free again once this invocation has really finished (even after a timeout).
        void running.then(
          () => idle.push(handler),
          () => idle.push(handler),
        );
        try {
          return await Promise.race([
            running,
            new Promise((_, reject) => {
              timer = setTimeout(() => reject(new FunctionTimeout(id, timeoutMs)), timeoutMs);
            }),
          ]);
        } finally {
          clearTimeout(timer);
        }
      },
    });
  }
  return out;
}

export class FunctionTimeout extends Error {
  constructor(id: string, ms: number) {
    super(`Task timed out after ${(ms / 1000).toFixed(2)} seconds (${id})`);
    this.name = 'FunctionTimeout';
  }
}

/**
 * One process hosts every function, so their environments are merged into process.env once. A name
 * set to different values by two functions would be ambiguous; it is reported instead of guessed.
 */
export function mergeEnvironments(functions: Iterable<LocalFunction>, overrides: Record<string, string>): string[] {
  const merged: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const fn of functions) {
    for (const [k, v] of Object.entries(fn.environment)) {
      if (k in overrides) continue;
      if (k in merged && merged[k] !== v && !k.startsWith('POWERTOOLS_')) conflicts.push(`${k} (${fn.id})`);
      merged[k] ??= v;
    }
  }
  Object.assign(process.env, merged, overrides);
  return conflicts;
}
