import { existsSync, readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { buildStack, cdkJsonContext } from '../lib/app.js';

export type CfnTemplate = { Resources: Record<string, CfnResource>; Outputs?: Record<string, unknown> };
export interface CfnResource {
  Type: string;
  Properties?: Record<string, any>;
  Metadata?: Record<string, any>;
  DependsOn?: string | string[];
}

/** Context the local runtime adds to cdk.json's: the playground is always on locally (docs/playground.md). */
export const LOCAL_CONTEXT: Record<string, unknown> = { playground: true };

/**
 * Synthesizes the real stack in-process, without bundling or asset staging (fast, offline, no
 * Docker), and returns its CloudFormation template: the single source the local runtime provisions
 * and routes from, so local and cloud cannot drift.
 */
export function synthTemplate(context: Record<string, unknown> = {}): CfnTemplate {
  // A test run synthesizes once (test/support/global-setup.ts) and every runtime reads that file.
  const cached = process.env.PET_ROAST_TEMPLATE_FILE;
  if (cached && Object.keys(context).length === 0 && existsSync(cached)) {
    return JSON.parse(readFileSync(cached, 'utf8')) as CfnTemplate;
  }
  const app = new App({
    context: { ...cdkJsonContext(), ...LOCAL_CONTEXT, 'aws:cdk:bundling-stacks': [], 'aws:cdk:disable-asset-staging': true, ...context },
    outdir: process.env.LOCAL_CDK_OUT,
  });
  const stack = buildStack(app);
  const assembly = app.synth();
  return assembly.getStackByName(stack.stackName).template as CfnTemplate;
}

export const resourcesOfType = (template: CfnTemplate, type: string): Array<[string, CfnResource]> =>
  Object.entries(template.Resources).filter(([, r]) => r.Type === type);
