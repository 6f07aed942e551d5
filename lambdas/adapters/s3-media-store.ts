import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NotFound,
  NoSuchKey,
  PutObjectCommand,
  type S3Client,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import type { Readable } from 'node:stream';
import { errors } from '../domain/errors.js';
import type { MediaStore } from '../domain/ports.js';
import { newS3Client } from './aws-clients.js';

/** The media bucket: uploads, validated media and mirrored videos. */
export class S3MediaStore implements MediaStore {
  constructor(
    private readonly bucket: string,
    private readonly client: S3Client = newS3Client(),
  ) {}

  async put(key: string, body: Buffer | Uint8Array | NodeJS.ReadableStream, contentType: string, metadata?: Record<string, string>): Promise<void> {
    const Metadata = metadata && Object.keys(metadata).length > 0 ? metadata : undefined;
    if (Buffer.isBuffer(body) || body instanceof Uint8Array) {
      await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType, Metadata }));
      return;
    }
    // Streams of unknown length go up as a multipart upload, never buffered whole.
    await new Upload({
      client: this.client,
      params: { Bucket: this.bucket, Key: key, Body: body as Readable, ContentType: contentType, Metadata },
    }).done();
  }

  async head(key: string): Promise<{ size: number; contentType?: string } | undefined> {
    try {
      const out = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { size: out.ContentLength ?? 0, contentType: out.ContentType };
    } catch (err) {
      if (err instanceof NotFound || err instanceof NoSuchKey || (err as { name?: string }).name === 'NotFound') return undefined;
      throw err;
    }
  }

  async get(key: string, maxBytes: number): Promise<{ body: Buffer; contentType?: string } | undefined> {
    let out;
    try {
      out = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (err) {
      if (err instanceof NoSuchKey || (err as { name?: string }).name === 'NoSuchKey') return undefined;
      throw err;
    }
    if ((out.ContentLength ?? 0) > maxBytes) {
      (out.Body as Readable | undefined)?.destroy?.();
      throw errors.mediaTooLarge(`The upload is ${out.ContentLength} bytes; the limit is ${maxBytes} bytes.`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for await (const chunk of out.Body as AsyncIterable<Uint8Array>) {
      total += chunk.length;
      if (total > maxBytes) {
        (out.Body as Readable).destroy?.();
        throw errors.mediaTooLarge(`The upload is larger than the limit of ${maxBytes} bytes.`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return { body: Buffer.concat(chunks), contentType: out.ContentType };
  }

  async delete(keys: string[]): Promise<void> {
    for (let i = 0; i < keys.length; i += 1000) {
      const batch = keys.slice(i, i + 1000);
      if (batch.length === 0) continue;
      await this.client.send(
        new DeleteObjectsCommand({ Bucket: this.bucket, Delete: { Objects: batch.map((Key) => ({ Key })), Quiet: true } }),
      );
    }
  }

  /** Every key under `prefix` (all pages). */
  async list(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const out = await this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }));
      for (const object of out.Contents ?? []) if (object.Key) keys.push(object.Key);
      token = out.IsTruncated ? out.NextContinuationToken : undefined;
    } while (token);
    return keys;
  }

  presignGet(key: string, expiresInSeconds: number): Promise<string> {
    return getSignedUrl(this.client, new GetObjectCommand({ Bucket: this.bucket, Key: key }), { expiresIn: expiresInSeconds });
  }

  /**
   * A presigned POST form for exactly `key`, `contentType` and 1..`maxBytes` bytes. Each `metadata`
   * entry becomes an `x-amz-meta-<name>` field the policy pins with an `eq` condition, so the stored
   * object records it (the owner, docs/tenancy.md) and the form cannot be replayed with another value.
   */
  async presignPost(key: string, contentType: string, maxBytes: number, expiresInSeconds: number, metadata: Record<string, string> = {}) {
    const meta = Object.fromEntries(Object.entries(metadata).map(([name, value]) => [`x-amz-meta-${name}`, value]));
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', 1, maxBytes],
        ['eq', '$Content-Type', contentType],
        ...Object.entries(meta).map(([field, value]) => ['eq', `$${field}`, value] as ['eq', string, string]),
      ],
      Fields: { 'Content-Type': contentType, ...meta },
      Expires: expiresInSeconds,
    });
    return { url, fields };
  }
}
