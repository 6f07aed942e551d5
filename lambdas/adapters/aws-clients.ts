import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { S3Client } from '@aws-sdk/client-s3';
import { getConfig } from '../domain/config.js';

/**
 * Factories of the SDK clients the adapters use. Each call makes a new client: the composition root
 * (composition.ts) makes one of each per container and hands it to every adapter; scripts and tests
 * that build an adapter alone get a client of their own from the adapter's default. Endpoints come from
 * the SDK's own configuration (AWS_ENDPOINT_URL points them at the local emulator).
 */
export const newDocumentClient = (): DynamoDBDocumentClient =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
export const newSqsClient = (): SQSClient => new SQSClient({});
/** `forcePathStyle`: `AWS_S3_FORCE_PATH_STYLE` (the local emulator). */
export const newS3Client = (forcePathStyle: boolean = getConfig().AWS_S3_FORCE_PATH_STYLE): S3Client => new S3Client({ forcePathStyle });
