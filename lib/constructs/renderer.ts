import { Duration, IgnoreMode, RemovalPolicy, Size } from 'aws-cdk-lib';
import { Platform } from 'aws-cdk-lib/aws-ecr-assets';
import { Architecture, DockerImageCode, DockerImageFunction, Tracing, type CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from '../../lambdas/domain/metric-names.js';
import { ENTRY_METADATA, REPO_ROOT } from './node-function.js';

/** The render worker's handler module (bundled into the image as handler.mjs; the local runtime imports it). */
export const RENDERER_ENTRY = 'lambdas/workers/render.ts';
/** The image's Dockerfile, relative to the repository root. */
export const RENDERER_DOCKERFILE = 'lambdas/renderer/Dockerfile';

/**
 * Sizing of the render function (docs/video-providers.md "AWS"): Lambda's maximum timeout, because a
 * built-in render of a 60 s video with loudness normalisation takes minutes on two vCPUs; 3008 MB (two
 * vCPUs' worth of CPU share and room for ffmpeg's frame buffers); 2 GB of /tmp for the stored media
 * (≤ 100 MB), the narration WAVs, the MP4 (≈ 30 MB for 60 s) and the thumbnail, with room for a
 * concurrent retry's leftovers.
 */
export const RENDERER_TIMEOUT = Duration.minutes(15);
export const RENDERER_MEMORY_MB = 3008;
export const RENDERER_EPHEMERAL_STORAGE = Size.gibibytes(2);

export interface RenderFunctionProps {
  environment: Record<string, string>;
  description?: string;
}

/**
 * The render worker as a container-image Lambda (x86_64) built from lambdas/renderer/Dockerfile:
 * Debian bookworm with ffmpeg, espeak-ng and fonts-noto-core, the runtime interface client, and the
 * render worker bundled. Only the files the image needs are in the build context. The construct id the
 * stack gives it (`RenderWorkerFunction`) keeps the function's logical id across the zip → image change.
 */
export class RenderFunction extends DockerImageFunction {
  constructor(scope: Construct, id: string, props: RenderFunctionProps) {
    const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.ONE_MONTH, removalPolicy: RemovalPolicy.DESTROY });
    super(scope, id, {
      code: DockerImageCode.fromImageAsset(REPO_ROOT, {
        file: RENDERER_DOCKERFILE,
        platform: Platform.LINUX_AMD64,
        ignoreMode: IgnoreMode.DOCKER,
        exclude: ['*', '!package.json', '!package-lock.json', '!.npmrc', '!tsconfig.json', '!lambdas', '!config', '!packages', 'packages/*', '!packages/protocol'],
      }),
      description: props.description,
      architecture: Architecture.X86_64,
      memorySize: RENDERER_MEMORY_MB,
      timeout: RENDERER_TIMEOUT,
      ephemeralStorageSize: RENDERER_EPHEMERAL_STORAGE,
      tracing: Tracing.ACTIVE,
      logGroup,
      environment: {
        POWERTOOLS_SERVICE_NAME: SERVICE_NAME,
        POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
        // The render lease outlives the function's timeout (lambdas/domain/jobs/lease.ts RENDER_LEASE_S).
        RENDER_LEASE_S: String(RENDERER_TIMEOUT.toSeconds() + 60),
        ...props.environment,
      },
    });
    (this.node.defaultChild as CfnFunction).addMetadata(ENTRY_METADATA, RENDERER_ENTRY);
  }
}
