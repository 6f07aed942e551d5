/**
 * Ports between the domain and the outside world (docs/reference/architecture-reference.md §1: lambdas/domain has no AWS SDK calls).
 * Adapters in lambdas/adapters implement them over DynamoDB, SQS, S3, Secrets Manager and Lambda;
 * the local runtime and tests inject the same adapters pointed at the moto emulator.
 */

/** A pet found in the media, in pixels of the original (EXIF-oriented) image. */
export interface DetectedPet {
  label: string;
  confidence: number;
  box: { x: number; y: number; width: number; height: number };
  /** For video: the time of the frame the pet was seen in. */
  frame_time_s?: number;
}

/** Where the media to check comes from: exactly one of these (docs/reference/spec.md §3.3). */
export type MediaSource = { image_url: string } | { video_url: string } | { upload_key: string };

/** The body of `POST /api/detect-pets` (docs/reference/spec.md §3.3). */
export interface DetectionResult {
  has_pets: boolean;
  pets: DetectedPet[];
  media: { kind: 'image' | 'video'; format: string; width: number; height: number; frames_checked: number };
  model: { name: string; threshold: number };
  timings_ms: { fetch: number; decode: number; inference: number; total: number };
}

/** A detection plus, when a pet was found and storing was asked for, where the validated bytes are. */
export interface DetectionOutcome extends DetectionResult {
  /** S3 key of the exact bytes that passed detection (only when `store` was requested and a pet was found). */
  media_key?: string;
  media_content_type?: string;
}

export interface DetectRequest {
  source: MediaSource;
  /**
   * The calling client (docs/tenancy.md). An `upload_key` is only read when it was issued to this
   * client (else the answer is the one for an upload that does not exist), and stored media records
   * it as its owner (`x-amz-meta-client-id`). Required for `upload_key` sources.
   */
  owner?: string;
  /** Write the validated bytes to the media bucket under this key prefix when a pet is found. */
  storePrefix?: string;
}

/** Pet detection (AWS: the detector container Lambda via Invoke; local: in-process). */
export interface PetDetector {
  detect(request: DetectRequest): Promise<DetectionOutcome>;
}

/** Object storage for uploads, validated media and mirrored videos. */
export interface MediaStore {
  /** `metadata`: S3 user metadata (`x-amz-meta-<name>`), e.g. the owner (`OWNER_METADATA`). */
  put(key: string, body: Buffer | Uint8Array | NodeJS.ReadableStream, contentType: string, metadata?: Record<string, string>): Promise<void>;
  /** Reads at most `maxBytes`; larger objects are rejected without reading them whole. */
  get(key: string, maxBytes: number): Promise<{ body: Buffer; contentType?: string } | undefined>;
  head(key: string): Promise<{ size: number; contentType?: string } | undefined>;
  delete(keys: string[]): Promise<void>;
  presignGet(key: string, expiresInSeconds: number): Promise<string>;
  presignPost(
    key: string,
    contentType: string,
    maxBytes: number,
    expiresInSeconds: number,
    /** S3 user metadata the form must carry (pinned by the policy). */
    metadata?: Record<string, string>,
  ): Promise<{ url: string; fields: Record<string, string> }>;
}

/** Key/value secrets (AWS: Secrets Manager through Powertools Parameters, cached). */
export interface SecretSource {
  get(name: string): Promise<string>;
}
