import { ENV, POWERTOOLS_ENV, type FunctionEnvironment } from '../../lambdas/domain/config-keys.js';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Architecture, DockerImageCode, DockerImageFunction, Tracing, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { IgnoreMode } from 'aws-cdk-lib';
import { Construct } from 'constructs';
import { ENTRY_METADATA, REPO_ROOT } from './node-function.js';
import { SAMPLER_PEAK_RSS_MB } from '../../lambdas/engines/intake/video-frames.js';

/** Peak RSS of the Node process with both detection models loaded (docs/detection.md: 287–305 MB measured; target 400). */
export const DETECTOR_NODE_PEAK_MB = 400;
/** The largest video held in memory while it is sampled (config MAX_VIDEO_BYTES default, 100 MiB). */
const VIDEO_BYTES_MB = 100;

/**
 * The detector's memory, sized from what runs at once: Node with the models, the video bytes, and the
 * frame sampler's one ffmpeg child (SAMPLER_PEAK_RSS_MB, measured by
 * test/unit/intake/video-field-cases.test.ts: 395 MB for 4K HEVC 10-bit, 307 MB for 8K H.264), plus
 * 25 % headroom = 1375 MB. It stays at 2048 MB because Lambda's CPU share grows with memory (1769 MB
 * = one vCPU) and decoding and inference are CPU-bound; below 1375 MB a 4K clip could run it out of memory.
 */
export const DETECTOR_MEMORY_MB = Math.max(2048, Math.ceil(((DETECTOR_NODE_PEAK_MB + VIDEO_BYTES_MB + SAMPLER_PEAK_RSS_MB) * 1.25) / 64) * 64);

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
          '!packages',
          'packages/*',
          '!packages/protocol',
          '!models',
          'models/files/*.partial',
        ],
      }),
      architecture: Architecture.X86_64,
      memorySize: props.memorySize ?? DETECTOR_MEMORY_MB,
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
