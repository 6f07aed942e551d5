import type { App } from 'aws-cdk-lib';
import { DEFAULT_SETTINGS, PetRoastStack, type PetRoastSettings } from './pet-roast-stack.js';
import { applyNagSuppressions } from './nag-suppressions.js';

export const STACK_NAME = 'PetRoast';

/** Settings from cdk context (`-c stage=prod -c retentionDays=7 …` or cdk.json). */
export function settingsFromContext(app: App): Partial<PetRoastSettings> {
  const out: Record<string, unknown> = {};
  for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
    const value = app.node.tryGetContext(key);
    if (value === undefined) continue;
    out[key] = typeof fallback === 'number' ? Number(value) : typeof fallback === 'boolean' ? value === true || value === 'true' : value;
  }
  for (const key of ['defaultCallbackUrl', 'indictrans2Url', 'dhruvaUrl', 'bhashiniConfigUrl', 'translationRoutes'] as const) {
    const value = app.node.tryGetContext(key);
    if (value) out[key] = String(value);
  }
  return out as Partial<PetRoastSettings>;
}

/** The one stack of the app, with its cdk-nag suppressions. */
export function buildStack(app: App): PetRoastStack {
  const stack = new PetRoastStack(app, STACK_NAME, {
    settings: settingsFromContext(app),
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
    description: 'Pet Roast AI: pet detection, roast videos, translation and AR filters.',
  });
  applyNagSuppressions(stack);
  return stack;
}
