import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';

/**
 * Key prefixes of the media bucket. Each expiring prefix has its own lifecycle rule; `effects/` holds
 * published AR effects (docs/ar-cloud.md) and has none: they live until `npm run effects:remove`.
 */
export const MEDIA_PREFIXES = { uploads: 'uploads/', media: 'media/', videos: 'videos/', effects: 'effects/' } as const;

export interface MediaBucketProps {
  retentionDays: number;
  uploadExpiryDays?: number;
  removalPolicy?: RemovalPolicy;
}

/**
 * The private media bucket: client uploads (presigned POST, expire after 2 days), the validated bytes
 * each job renders from, and mirrored videos (both expire with the job), and published AR effects
 * under `effects/` (never expire). SSL-only, encrypted, no public access; server access logs go to a
 * separate bucket.
 */
export class MediaBucket extends Construct {
  readonly bucket: Bucket;
  readonly accessLogs: Bucket;

  constructor(scope: Construct, id: string, props: MediaBucketProps) {
    super(scope, id);
    const removalPolicy = props.removalPolicy ?? RemovalPolicy.RETAIN;
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
      removalPolicy,
      autoDeleteObjects: false,
    });
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: false,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'media/',
      removalPolicy,
      cors: [
        // Browsers and apps POST uploads straight to the bucket with the presigned form.
        { allowedMethods: [HttpMethods.POST], allowedOrigins: ['*'], allowedHeaders: ['*'], maxAge: 600 },
        // Web players read what a presigned URL hands out in CORS mode: a WebVTT <track> (`subtitles_url`)
        // loads cross-origin only so (docs/playground.md). The URL's signature still decides what is readable.
        { allowedMethods: [HttpMethods.GET, HttpMethods.HEAD], allowedOrigins: ['*'], allowedHeaders: ['*'], maxAge: 600 },
      ],
      lifecycleRules: [
        { id: 'Uploads', prefix: MEDIA_PREFIXES.uploads, expiration: Duration.days(props.uploadExpiryDays ?? 2) },
        { id: 'ValidatedMedia', prefix: MEDIA_PREFIXES.media, expiration: Duration.days(props.retentionDays) },
        { id: 'MirroredVideos', prefix: MEDIA_PREFIXES.videos, expiration: Duration.days(props.retentionDays) },
        { id: 'AbortMultipart', abortIncompleteMultipartUploadAfter: Duration.days(1) },
      ],
    });
  }
}
