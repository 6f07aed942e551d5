import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { buildStack, cdkJsonContext } from '../../lib/app.js';
import type { PetRoastStack } from '../../lib/pet-roast-stack.js';

/**
 * The real stack, synthesized without bundling or staging (fast, offline), with cdk.json's context
 * (feature flags) and both cdk-nag packs applied, as `cdk synth` does with bin/pet-roast.ts.
 */
export function synthStack(context: Record<string, unknown> = {}): { app: App; stack: PetRoastStack; template: Template } {
  const app = new App({
    context: {
      ...cdkJsonContext(),
      'aws:cdk:bundling-stacks': [],
      'aws:cdk:disable-asset-staging': true,
      'aws:cdk:enable-asset-metadata': true,
      ...context,
    },
  });
  const stack = buildStack(app);
  Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }));
  Aspects.of(app).add(new ServerlessChecks({ verbose: true }));
  const template = Template.fromStack(stack);
  return { app, stack, template };
}

/**
 * Returns `list` after asserting it is not empty: a loop of assertions over an empty list passes
 * whatever the template holds, so every loop over resources found in a template goes through this.
 */
export function nonEmpty<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length === 0) throw new Error(`expected at least one ${what} in the synthesized template, found none`);
  return list;
}
