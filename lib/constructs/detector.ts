import { ENV, POWERTOOLS_ENV, type FunctionEnvironment } from '../../lambdas/core/config-keys.js';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Architecture, DockerImageCode, DockerImageFunction, Tracing, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { IgnoreMode } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ENTRY_METADATA, REPO_ROOT } from './node-function.js';

export interface DetectorProps {
  environment: FunctionEnvironment;
  memorySize?: number;
}

/**
 * The pet detector: a container-image Lambda with onnxruntime-node, sharp, ffmpeg and the model inside.
 * x86_64 because onnxruntime-node crashes at import on arm64 Lambda. Only the files the image needs
 * are in the build context (the negated exclude list), so staging and hashing stay fast.
 */
export class Detector extends Construct {
  readonly function: DockerImageFunction;

  constructor(scope: Construct, id: string, props: DetectorProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    this.function = new DockerImageFunction(this, 'Function', {
      code: DockerImageCode.fromImageAsset(REPO_ROOT, {
        file: 'lambdas/detector/Dockerfile',
        platform: Platform.LINUX_AMD64,
        ignoreMode: IgnoreMode.DOCKER,
        exclude: [
          '*',
          '!package.json',
          '!package-lock.json',
          '!.npmrc',
          '!tsconfig.json',
          '!lambdas',
          '!config',
          '!models',
          'models/files/*.partial',
        ],
      }),
      architecture: Architecture.X86_64,
      memorySize: props.memorySize ?? 2048,
      timeout: Duration.seconds(28),
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        [POWERTOOLS_ENV.SERVICE_NAME]: 'pet-roast-detector',
        [POWERTOOLS_ENV.METRICS_NAMESPACE]: 'PetRoast',
        [ENV.MODEL_DIR]: '/var/task/models/files',
        ...props.environment,
      },
    });
    (this.function.node.defaultChild as CfnFunction).addMetadata(ENTRY_METADATA, 'lambdas/detector/handler.ts');
  }
}
