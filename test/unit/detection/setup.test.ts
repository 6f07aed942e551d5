import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ModelSetupError, defaultSourceDir, ensureModels } from '../../../models/setup.js';
import { manifest } from '../../../lambdas/engines/detection/manifest.js';
import { getConfig } from '../../../lambdas/domain/config.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const sourceDir = defaultSourceDir();
const quiet = { log: () => undefined };

describe('Function: ensureModels', () => {
  let target: string;

  beforeEach(() => {
    target = fs.mkdtempSync(path.join(os.tmpdir(), 'models-'));
  });
  afterEach(() => {
    fs.rmSync(target, { recursive: true, force: true });
  });

  it('copies a model, verifies it, and skips it the next time', async () => {
    // Prepare
    const lines: string[] = [];
    const options = { names: ['yolox-nano-coco-416'], sourceDir, targetDir: target, log: (l: string) => lines.push(l) };

    // Act
    const first = await ensureModels(options);
    const second = await ensureModels(options);

    // Assess
    expect(first.map((m) => m.status)).toEqual(['copied']);
    expect(second.map((m) => m.status)).toEqual(['present']);
    expect(lines).toHaveLength(2);
    expect(fs.readdirSync(target)).toEqual(['yolox-nano-coco-416.onnx']);
  });

  it('by default copies exactly the models of the production configuration (the stages and the second opinion on grey)', async () => {
    // Act
    const result = await ensureModels({ sourceDir, targetDir: target, ...quiet });

    // Assess
    expect(result.map((m) => m.name)).toEqual([...manifest.service.stages.map((s) => s.model), manifest.service.grey!.model]);
  });

  it('replaces a damaged copy', async () => {
    // Prepare
    const options = { names: ['yolox-nano-coco-416'], sourceDir, targetDir: target, ...quiet };
    await ensureModels(options);
    fs.writeFileSync(path.join(target, 'yolox-nano-coco-416.onnx'), 'truncated');

    // Act
    const [result] = await ensureModels(options);

    // Assess
    expect(result!.status).toBe('copied');
    const hash = createHash('sha256').update(fs.readFileSync(result!.path)).digest('hex');
    expect(hash).toBe(manifest.models.find((m) => m.name === 'yolox-nano-coco-416')!.sha256);
  });

  it('explains how to obtain the models when the source is missing', async () => {
    // Act
    const setup = ensureModels({ sourceDir: path.join(target, 'nowhere'), targetDir: target, ...quiet });

    // Assess
    await expect(setup).rejects.toBeInstanceOf(ModelSetupError);
    await expect(setup).rejects.toThrow(/MODEL_SOURCE_DIR/);
    await expect(setup).rejects.toThrow(/github\.com\/hamacom2004jp\/iinfer\/raw\/c7f9a3c5/);
  });

  it('refuses a source file whose hash differs from the manifest', async () => {
    // Prepare
    const fakeSource = path.join(target, 'src');
    fs.mkdirSync(fakeSource);
    fs.writeFileSync(path.join(fakeSource, 'yolox-nano-coco-416.onnx'), 'not the model');

    // Act / Assess
    await expect(
      ensureModels({ names: ['yolox-nano-coco-416'], sourceDir: fakeSource, targetDir: path.join(target, 'out'), ...quiet }),
    ).rejects.toThrow(/does not match/);
  });

  it('refuses an unknown model name', async () => {
    // Act / Assess
    await expect(ensureModels({ names: ['yolov99'], sourceDir, targetDir: target, ...quiet })).rejects.toThrow(/yolov99/);
  });

  it('as a command, exits non-zero with instructions when the source is missing', () => {
    // Act
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'models', 'setup.ts')], {
      cwd: repoRoot,
      env: { ...process.env, MODEL_SOURCE_DIR: path.join(target, 'nowhere'), MODEL_DIR: target },
      encoding: 'utf8',
      timeout: 30_000,
    });

    // Assess
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/MODEL_SOURCE_DIR/);
    expect(run.stderr).toMatch(/yolov8n-coco-int8\.onnx/);
  });
});

describe('Manifest: models/manifest.json', () => {
  it('matches every file in the model source (../shared/models) by size and sha256', () => {
    for (const entry of manifest.models) {
      // Act
      const bytes = fs.readFileSync(path.join(sourceDir, entry.file));

      // Assess
      expect(bytes.length, entry.file).toBe(entry.bytes);
      expect(createHash('sha256').update(bytes).digest('hex'), entry.file).toBe(entry.sha256);
    }
  });

  it('lists the standard COCO-80 classes for every model, with the 10 animals at 14..23', () => {
    // Prepare
    const animals = ['bird', 'cat', 'dog', 'horse', 'sheep', 'cow', 'elephant', 'bear', 'zebra', 'giraffe'];

    for (const entry of manifest.models) {
      // Assess
      expect(entry.classes).toHaveLength(80);
      expect(entry.classes.slice(14, 24)).toEqual(animals);
      expect(entry.classes[0]).toBe('person');
      expect(entry.classes[77]).toBe('teddy bear');
      expect(entry.classes[79]).toBe('toothbrush');
    }
  });

  it('knows every default pet class and only service models that exist', () => {
    // Assess
    for (const label of getConfig().PET_CLASSES) expect(manifest.models[0]!.classes).toContain(label);
    for (const stage of manifest.service.stages) expect(manifest.models.map((m) => m.name)).toContain(stage.model);
  });

  it('records a licence and a pinned source commit for every model', () => {
    for (const entry of manifest.models) {
      // Assess
      expect(['AGPL-3.0', 'Apache-2.0']).toContain(entry.licence);
      expect(entry.source.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(entry.source.url).toContain(entry.source.commit);
    }
  });
});
