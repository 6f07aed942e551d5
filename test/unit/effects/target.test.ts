import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearLocalState, readLocalState, writeLocalState, type LocalState } from '../../../local/state.js';
import { resolveTarget } from '../../../scripts/effects.js';

/** Where `npm run effects:add` writes (scripts/effects.ts, docs/ar-cloud.md "Publishing effects"). */
let dir: string;
const state = (pid: number): LocalState => ({
  pid,
  url: 'http://localhost:8000',
  awsEndpoint: 'http://127.0.0.1:45999',
  region: 'us-east-1',
  tableName: 'petroast-8000-JobsTable',
  bucketName: 'petroast-8000-mediabucket',
  arCloudManifestUrl: 'http://localhost:8000/v1/effects/6f1c2f0e-3b7a-4c1d-9e2f-5a6b7c8d9e0f',
});
/** The pid of a process that has exited. */
const deadPid = (): number => Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'effects-target-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

describe('the running npm start, as another process sees it', () => {
  it('is read while its process lives, ignored once it is gone, and removed only by its owner', async () => {
    const file = path.join(dir, 'runtime.json');
    expect(readLocalState(file)).toBeUndefined();
    writeLocalState(state(process.pid), file);
    expect(readLocalState(file)).toEqual(state(process.pid));
    clearLocalState(process.pid + 1, file);
    expect(readLocalState(file)).toEqual(state(process.pid));
    clearLocalState(process.pid, file);
    expect(readLocalState(file)).toBeUndefined();
    writeLocalState(state(deadPid()), file);
    expect(JSON.parse(await readFile(file, 'utf8')).pid).toBeGreaterThan(0);
    expect(readLocalState(file)).toBeUndefined();
  });
});

describe('effects target resolution: flags, then cdk outputs, then the environment, then npm start', () => {
  const none = path.join('/nonexistent', 'runtime.json');

  it('takes --table and --bucket (both), and --region', () => {
    const env: NodeJS.ProcessEnv = {};
    expect(resolveTarget({ table: 'T', bucket: 'B', region: 'ap-south-1' }, env, none)).toMatchObject({ tableName: 'T', bucketName: 'B' });
    expect(env.AWS_REGION).toBe('ap-south-1');
    expect(() => resolveTarget({ table: 'T' }, {}, none)).toThrow(/both --table and --bucket/);
  });

  it('reads `cdk deploy --outputs-file` output, naming the stack when there are several', async () => {
    const outputs = path.join(dir, 'cdk-outputs.json');
    const stack = (stage: string) => ({ JobsTableName: `jobs-${stage}`, MediaBucketName: `media-${stage}`, ArCloudManifestUrl: `https://api.example/${stage}/v1/effects/x` });
    await writeFile(outputs, JSON.stringify({ 'PetRoast-dev': stack('dev'), 'PetRoast-prod': stack('prod') }));
    expect(() => resolveTarget({ outputs }, {}, none)).toThrow(/stacks PetRoast-dev, PetRoast-prod; name one with --stack/);
    expect(resolveTarget({ outputs, stack: 'PetRoast-prod' }, {}, none)).toMatchObject({
      tableName: 'jobs-prod',
      bucketName: 'media-prod',
      manifestUrl: 'https://api.example/prod/v1/effects/x',
    });
    await writeFile(outputs, JSON.stringify({ 'PetRoast-dev': { ...stack('dev'), ArCloudManifestUrl: 'off (set -c arCloudId=<uuid>)' } }));
    expect(resolveTarget({ outputs }, {}, none).manifestUrl).toBeUndefined();
  });

  it('uses JOBS_TABLE_NAME/MEDIA_BUCKET_NAME, else the running npm start, else says what to pass', () => {
    expect(resolveTarget({}, { JOBS_TABLE_NAME: 'T', MEDIA_BUCKET_NAME: 'B' }, none)).toMatchObject({ tableName: 'T', bucketName: 'B' });
    expect(() => resolveTarget({}, {}, none)).toThrow(/start the local runtime \(npm start\), or pass --table and --bucket/);
    const file = path.join(dir, 'live.json');
    writeLocalState(state(process.pid), file);
    const saved = { ...process.env };
    try {
      expect(resolveTarget({}, {}, file)).toMatchObject({ tableName: 'petroast-8000-JobsTable', bucketName: 'petroast-8000-mediabucket', manifestUrl: state(0).arCloudManifestUrl });
      // This process's SDK clients now talk to that emulator.
      expect(process.env.AWS_ENDPOINT_URL).toBe('http://127.0.0.1:45999');
    } finally {
      process.env = saved;
    }
  });
});
