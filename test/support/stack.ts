import { App, Aspects } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { buildStack } from '../../lib/app.js';
import type { PetRoastStack } from '../../lib/pet-roast-stack.js';

/** The real stack, synthesized without bundling or staging (fast, offline), with both cdk-nag packs applied (as bin/pet-roast.ts). */
export function synthStack(context: Record<string, unknown> = {}): { app: App; stack: PetRoastStack; template: Template } {
  const app = new App({
    context: {
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
