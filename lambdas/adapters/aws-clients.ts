import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { SQSClient } from '@aws-sdk/client-sqs';
import { S3Client } from '@aws-sdk/client-s3';

/**
 * Module-scope SDK clients, created once per container and reused by every invocation. Endpoints come
 * from the SDK's own configuration (AWS_ENDPOINT_URL points them at the local emulator).
 */
let ddb: DynamoDBDocumentClient | undefined;
let sqs: SQSClient | undefined;
let s3: S3Client | undefined;

export const dynamo = (): DynamoDBDocumentClient =>
  (ddb ??= DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }));
export const sqsClient = (): SQSClient => (sqs ??= new SQSClient({}));
export const s3Client = (): S3Client =>
  (s3 ??= new S3Client({ forcePathStyle: process.env.AWS_S3_FORCE_PATH_STYLE === 'true' }));
