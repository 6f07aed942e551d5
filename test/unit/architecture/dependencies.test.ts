import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};

/** Every Dockerfile under lambdas/ (the detector image, and any other container function). */
function dockerfiles(dir = 'lambdas'): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return dockerfiles(rel);
    return entry.name === 'Dockerfile' || entry.name.endsWith('.Dockerfile') ? [rel] : [];
  });
}

describe('dependency hygiene (docs/architecture.md, Dependencies)', () => {
  it('keeps the CDK out of the runtime dependencies (they would land in the detector image)', () => {
    for (const name of ['aws-cdk-lib', 'constructs', 'cdk-nag', 'aws-cdk']) {
      expect(pkg.dependencies[name], name).toBeUndefined();
      expect(pkg.devDependencies[name], name).toBeDefined();
    }
  });

  it('pins every Powertools package to one exact version and carries none it does not import', () => {
    const powertools = Object.entries(pkg.dependencies).filter(([name]) => name.startsWith('@aws-lambda-powertools/'));
    expect(powertools.length).toBeGreaterThan(0);
    expect(new Set(powertools.map(([, version]) => version)).size).toBe(1);
    expect(powertools[0]![1]).toMatch(/^\d+\.\d+\.\d+$/);
    const names = powertools.map(([name]) => name);
    expect(names).not.toContain('@aws-lambda-powertools/tracer');
    expect(names).not.toContain('@aws-lambda-powertools/parser');
  });

  it('pins every base image of every Dockerfile by digest', () => {
    const files = dockerfiles();
    expect(files).toContain(path.join('lambdas', 'detector', 'Dockerfile'));
    for (const file of files) {
      const text = read(file);
      const args = Object.fromEntries([...text.matchAll(/^ARG\s+(\w+)=(\S+)/gm)].map((m) => [m[1]!, m[2]!]));
      const images = [...text.matchAll(/^FROM\s+(\S+)/gm), ...text.matchAll(/COPY\s+--from=(\S+\/\S+)/g)]
        .map((m) => m[1]!.replace(/^\$\{(\w+)\}$/, (_, name: string) => args[name] ?? name))
        // Later stages may name an earlier stage (`FROM build`): those are not images.
        .filter((image) => image.includes('/') || image.includes(':'));
      expect(images.length, file).toBeGreaterThan(0);
      for (const image of images) expect(image, `${file}: ${image}`).toMatch(/@sha256:[0-9a-f]{64}$/);
    }
  });

  it("sets every feature flag aws-cdk-lib recommends for new projects in cdk.json, at the recommended value", () => {
    const recommended = JSON.parse(read('node_modules/aws-cdk-lib/recommended-feature-flags.json')) as Record<string, unknown>;
    const context = (JSON.parse(read('cdk.json')) as { context: Record<string, unknown> }).context;
    expect(Object.keys(recommended).length).toBeGreaterThan(50);
    for (const [flag, value] of Object.entries(recommended)) expect(context[flag], flag).toEqual(value);
  });

  it("denies onnxruntime-node's install script through npm's allowScripts, and .npmrc holds only npm settings", () => {
    expect(pkg.allowScripts?.['onnxruntime-node']).toBe(false);
    const keys = read('.npmrc')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#') && !line.startsWith(';'))
      .map((line) => line.split('=')[0]!.trim());
    expect(keys.filter((key) => key.startsWith('onnxruntime'))).toEqual([]);
  });

  it('reviews every install script in the lockfile (allowScripts names each package that has one)', () => {
    const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { hasInstallScript?: boolean }> };
    const withScripts = Object.entries(lock.packages)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([key]) => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length));
    expect(withScripts).toContain('onnxruntime-node');
    for (const name of withScripts) expect(pkg.allowScripts?.[name], name).toBeTypeOf('boolean');
  });
});
