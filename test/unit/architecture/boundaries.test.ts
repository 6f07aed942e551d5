import { ESLint } from 'eslint';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', '..', '..');
const eslint = new ESLint({ cwd: ROOT });

/** Lints `code` as if it were the file at `file` (repo-relative) and returns the rule ids it breaks. */
async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => m.ruleId ?? `fatal: ${m.message}`);
}

describe('import boundaries (eslint.config.js, docs/architecture.md)', () => {
  it('refuses the AWS SDK, CDK and adapters in lambdas/domain, statically and dynamically', async () => {
    expect(await violations('lambdas/domain/jobs/x.ts', "import { S3Client } from '@aws-sdk/client-s3';\nexport const c = S3Client;\n")).toEqual([
      'no-restricted-imports',
    ]);
    expect(await violations('lambdas/domain/jobs/x.ts', "export const load = () => import('@aws-sdk/client-s3');\n")).toEqual(['no-restricted-syntax']);
    expect(await violations('lambdas/domain/jobs/x.ts', "import { Stack } from 'aws-cdk-lib';\nexport const s = Stack;\n")).toEqual(['no-restricted-imports']);
    expect(await violations('lambdas/domain/jobs/x.ts', "import { jobStore } from '../../adapters/composition.js';\nexport const j = jobStore;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await violations('lambdas/domain/jobs/x.ts', "import { handler } from '../../api/healthz.js';\nexport const h = handler;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
  });

  it('refuses the AWS SDK in every handler folder, and allows it in adapters', async () => {
    const sdk = "import { SQSClient } from '@aws-sdk/client-sqs';\nexport const c = SQSClient;\n";
    for (const dir of ['api', 'workers', 'webhooks', 'auth', 'detector']) {
      expect(await violations(`lambdas/${dir}/x.ts`, sdk), dir).toEqual(['no-restricted-imports']);
    }
    expect(await violations('lambdas/adapters/x.ts', sdk)).toEqual([]);
  });

  it('lets the core import its own modules and libraries', async () => {
    const code = "import { z } from 'zod';\nimport { errors } from '../errors.js';\nexport const both = [z, errors];\n";
    expect(await violations('lambdas/domain/jobs/x.ts', code)).toEqual([]);
  });

  it('refuses an import cycle', async () => {
    // no-cycle reads the files it follows from disk: two modules that import each other, in a scratch folder.
    const dir = mkdtempSync(path.join(ROOT, 'lambdas', 'domain', 'cycle-probe-'));
    try {
      const a = "import { b } from './b.js';\nexport const a = () => b;\n";
      const b = "import { a } from './a.js';\nexport const b = () => a;\n";
      writeFileSync(path.join(dir, 'a.ts'), a);
      writeFileSync(path.join(dir, 'b.ts'), b);
      const rel = path.relative(ROOT, dir);
      expect(await violations(path.join(rel, 'a.ts'), a)).toEqual(['import-x/no-cycle']);
      // The same import without the way back is fine.
      writeFileSync(path.join(dir, 'b.ts'), 'export const b = () => 1;\n');
      expect(await new ESLint({ cwd: ROOT }).lintText(a, { filePath: path.join(dir, 'a.ts') }).then(([r]) => r!.messages)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // <layout-tests> (added by the layout codemod)
  it('refuses process runners, HTTP clients, native engines and vendor clients in the domain', async () => {
    for (const name of ['node:child_process', 'undici', 'onnxruntime-node', 'sharp', 'standardwebhooks']) {
      expect(await violations('lambdas/domain/jobs/x.ts', `import * as m from '${name}';\nexport const x = m;\n`), name).toEqual(['no-restricted-imports']);
    }
    // Engines may use them.
    expect(await violations('lambdas/engines/intake/x.ts', "import sharp from 'sharp';\nexport const s = sharp;\n")).toEqual([]);
  });

  it("refuses an engine importing another engine's inner module, and allows its index.ts", async () => {
    expect(await violations('lambdas/engines/detection/x.ts', "import { sniff } from '../intake/sniff.js';\nexport const s = sniff;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await violations('lambdas/engines/detection/x.ts', "import { sniff } from '../intake/index.js';\nexport const s = sniff;\n")).toEqual([]);
  });

  it("refuses the domain importing an engine's inner module, type-only imports too, and allows its index.ts", async () => {
    expect(await violations('lambdas/domain/jobs/x.ts', "import { sniff } from '../../engines/intake/sniff.js';\nexport const s = sniff;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await violations('lambdas/domain/jobs/x.ts', "import type { RoastWriter } from '../../engines/writer/types.js';\nexport type W = RoastWriter;\n")).toEqual([
      'import-x/no-restricted-paths',
    ]);
    expect(await violations('lambdas/domain/x.ts', "export { sniff } from '../engines/intake/sniff.js';\n")).toEqual(['import-x/no-restricted-paths']);
    expect(await violations('lambdas/domain/jobs/x.ts', "import { sniff } from '../../engines/intake/index.js';\nexport const s = sniff;\n")).toEqual([]);
    expect(await violations('lambdas/domain/jobs/x.ts', "import type { RoastWriter } from '../../engines/writer/index.js';\nexport type W = RoastWriter;\n")).toEqual([]);
    // Engines may import the domain's modules (imports point adapters → domain ← engines).
    expect(await violations('lambdas/engines/writer/x.ts', "import { WRITER_NAMES } from '../../domain/vocabulary.js';\nexport const w = WRITER_NAMES;\n")).toEqual([]);
  });

  it('keeps the AWS SDK out of the engines too', async () => {
    expect(await violations('lambdas/engines/writer/x.ts', "import { S3Client } from '@aws-sdk/client-s3';\nexport const c = S3Client;\n")).toEqual([
      'no-restricted-imports',
    ]);
  });
  // </layout-tests>
});
