import { Stack } from 'aws-cdk-lib';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';

/** How roasts are written from prompts (docs/writer.md, "Bedrock settings and IAM"). */
export interface RoastWriterSettings {
  /** `bedrock` (Converse, template fallback; the stack's default) or `template` (offline only: no Bedrock access at all). */
  roastWriter: 'bedrock' | 'template';
  /** A Bedrock model id (`amazon.nova-micro-v1:0`) or a cross-Region inference profile id (`apac.amazon.nova-micro-v1:0`). */
  bedrockModelId: string;
  /** Optional Bedrock Guardrail (id or ARN, and its version) applied to the generated English roast. */
  bedrockGuardrailId?: string;
  bedrockGuardrailVersion?: string;
}

/** Geographic prefixes of system-defined cross-Region inference profiles (`us.`, `eu.`, `apac.`, `global.`, …). */
const INFERENCE_PROFILE_RE = /^(us|us-gov|eu|apac|jp|au|ca|global)\.(.+)$/;

/**
 * Sets the writer's environment on `fn` and grants it exactly what the configured writer needs:
 * `bedrock:InvokeModel` (what Converse requires) on the configured model only — its foundation-model
 * ARN in this Region, or, for an inference profile, the profile's ARN plus the model's ARN in the
 * profile's destination Regions, usable only through that profile — and `bedrock:ApplyGuardrail` on the
 * configured guardrail. The `template` writer gets no Bedrock permission at all.
 */
export function bindRoastWriter(fn: IFunction & { addEnvironment(key: string, value: string): unknown }, settings: RoastWriterSettings): void {
  if (!['bedrock', 'template'].includes(settings.roastWriter)) throw new Error(`roastWriter must be 'bedrock' or 'template', not '${settings.roastWriter}'`);
  if (Boolean(settings.bedrockGuardrailId) !== Boolean(settings.bedrockGuardrailVersion)) {
    throw new Error('bedrockGuardrailId and bedrockGuardrailVersion go together');
  }
  fn.addEnvironment('ROAST_WRITER', settings.roastWriter);
  if (settings.roastWriter !== 'bedrock') return;
  const stack = Stack.of(fn);
  const { partition, region, account } = stack;
  const modelId = settings.bedrockModelId;
  fn.addEnvironment('BEDROCK_MODEL_ID', modelId);
  const profile = INFERENCE_PROFILE_RE.exec(modelId);
  if (profile) {
    const profileArn = `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`;
    fn.addToRolePolicy(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [profileArn] }));
    fn.addToRolePolicy(
      new PolicyStatement({
        actions: ['bedrock:InvokeModel'],
        // The profile routes to its destination Regions, so the model's ARN is needed in each of them.
        resources: [`arn:${partition}:bedrock:*::foundation-model/${profile[2]}`],
        conditions: { StringEquals: { 'bedrock:InferenceProfileArn': profileArn } },
      }),
    );
  } else {
    fn.addToRolePolicy(new PolicyStatement({ actions: ['bedrock:InvokeModel'], resources: [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`] }));
  }
  if (settings.bedrockGuardrailId) {
    fn.addEnvironment('BEDROCK_GUARDRAIL_ID', settings.bedrockGuardrailId);
    fn.addEnvironment('BEDROCK_GUARDRAIL_VERSION', settings.bedrockGuardrailVersion!);
    const guardrailArn = settings.bedrockGuardrailId.startsWith('arn:')
      ? settings.bedrockGuardrailId
      : `arn:${partition}:bedrock:${region}:${account}:guardrail/${settings.bedrockGuardrailId}`;
    fn.addToRolePolicy(new PolicyStatement({ actions: ['bedrock:ApplyGuardrail'], resources: [guardrailArn] }));
  }
}
