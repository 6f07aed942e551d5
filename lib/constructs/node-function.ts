import { POWERTOOLS_ENV, type FunctionEnvironment } from '../../lambdas/domain/config-keys.js';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime, Tracing, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type NodejsFunctionProps } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import path from 'node:path';

export const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Metadata key holding the handler module (repo-relative) of every function, read by the local runtime. */
export const ENTRY_METADATA = 'PetRoast:Entry';

/**
 * Packages left out of zip bundles: the native detection stack lives only in the detector image; zip
 * functions reach it solely through a dynamic import on the in-process path (local runtime), which
 * never runs in Lambda. Everything else, the AWS SDK included, is bundled (a pinned, tree-shaken copy).
 */
export const ZIP_EXTERNAL_MODULES = ['onnxruntime-node', 'sharp'];

/** The ESM banner that lets bundled CommonJS dependencies call require(). */
export const ESM_REQUIRE_BANNER = "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);";

export interface PetRoastFunctionProps extends Omit<NodejsFunctionProps, 'entry' | 'environment'> {
  /** Handler module relative to the repository root; it exports `handler`. */
  entry: string;
  /** Settings by their typed names (lambdas/domain/config-keys.ts), validated by the function at cold start. */
  environment?: FunctionEnvironment;
}

/**
 * Every zip function's defaults in one place (the Powertools examples' pattern): Node.js 22, arm64,
 * ESM bundle with the AWS SDK included and source maps, active tracing, a log group with retention,
 * and Powertools' service settings.
 */
export class PetRoastFunction extends NodejsFunction {
  constructor(scope: Construct, id: string, props: PetRoastFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, {
      retention: RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // An explicit `undefined` in props must not erase a default below.
    const given = Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as PetRoastFunctionProps;
    super(scope, id, {
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: 512,
      timeout: Duration.seconds(29),
      tracing: Tracing.ACTIVE,
      logGroup,
      handler: 'handler',
      ...given,
      entry: path.join(REPO_ROOT, props.entry),
      projectRoot: REPO_ROOT,
      depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
      environment: {
        NODE_OPTIONS: '--enable-source-maps',
        [POWERTOOLS_ENV.SERVICE_NAME]: 'pet-roast',
        [POWERTOOLS_ENV.METRICS_NAMESPACE]: 'PetRoast',
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        sourceMap: true,
        minify: true,
        externalModules: ZIP_EXTERNAL_MODULES,
        mainFields: ['module', 'main'],
        banner: ESM_REQUIRE_BANNER,
        ...props.bundling,
      },
    });
    (this.node.defaultChild as CfnFunction).addMetadata(ENTRY_METADATA, props.entry);
  }
}
