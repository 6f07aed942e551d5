// ESLint flat config: typescript-eslint's recommended rules (syntax only, no type-aware rules, so a
// lint of the whole tree stays a few seconds on 2 cores) plus the import boundaries of the layout
// (docs/architecture.md, "Boundaries"):
//   - the core (CORE_DIRS) imports no AWS SDK, no CDK and nothing from adapters/, http/ or the handlers;
//   - the domain (DOMAIN_DIR) imports no node:child_process, undici, onnxruntime-node, sharp or vendor client;
//   - an engine (ENGINES_DIR/<name>) imports another engine only through its index.ts;
//   - the domain imports an engine only through its index.ts (type-only imports too); engines may import the domain;
//   - handlers (lambdas/{api,workers,webhooks,auth,detector}) import no `@aws-sdk/*` directly: they go
//     through lambdas/adapters/;
//   - no module imports itself back through a chain of imports (import-x/no-cycle).
import { existsSync, readdirSync } from 'node:fs';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// <layout> The service's own code (docs/architecture.md, "Layout"); this block is rewritten by the layout codemod.
/** Directories of the service's code: no AWS SDK, no CDK, no adapters or handlers. */
const CORE_DIRS = ['lambdas/domain', 'lambdas/engines'];
/** The job domain (jobs, callbacks, auth, schemas, errors, routes, config). */
const DOMAIN_DIR = 'lambdas/domain';
/** The engines, one directory each (an engine is imported only through its index.ts). */
const ENGINES_DIR = 'lambdas/engines';
// </layout>

/** Engine names: the directories under ENGINES_DIR. */
const ENGINES = ENGINES_DIR && existsSync(ENGINES_DIR) ? readdirSync(ENGINES_DIR, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort() : [];
/** What the domain never imports: process spawning, HTTP clients, native inference and imaging, vendor SDKs. */
const DOMAIN_FORBIDDEN = ['node:child_process', 'child_process', 'undici', 'onnxruntime-node', 'sharp', 'standardwebhooks', 'opossum'];
const NO_STACK = { group: ['aws-cdk-lib', 'aws-cdk-lib/*', 'constructs', 'cdk-nag'], message: 'The core knows nothing of the stack.' };

const HANDLER_DIRS = ['api', 'workers', 'webhooks', 'auth', 'detector'];

const AWS_SDK = {
  group: ['@aws-sdk/*', '@smithy/*'],
  message: 'Call AWS through an adapter in lambdas/adapters/ (docs/architecture.md, Boundaries).',
};

/** `import('@aws-sdk/…')` is an import too; `no-restricted-imports` only sees static ones. */
const noDynamicSdkImport = {
  selector: "ImportExpression[source.value=/^@(aws-sdk|smithy)\\u002F/]",
  message: AWS_SDK.message,
};

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'cdk.out/**', 'dist/**', 'packages/*/dist/**', 'playground/dist/**', '.local/**', 'models/files/**', 'coverage/**', '**/*.d.ts'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,js,mjs}'],
    plugins: { 'import-x': importX },
    settings: {
      // import-x parses the modules it follows (no-cycle) only for these extensions, with this parser.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // NodeNext sources import `./x.js` for `./x.ts`.
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.json'], extensionAlias: { '.js': ['.ts', '.js'] } }),
      ],
    },
    rules: {
      // The codebase's conventions, kept as they are (a lint is a guard, not a restyle).
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // No import cycles (docs/architecture.md, "Boundaries"). The rule skips `import type`;
      // test/unit/architecture/cycles.test.ts walks the type-only edges too.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...CORE_DIRS.map((dir) => ({
              target: `./${dir}`,
              from: ['./lambdas/adapters', './lambdas/http', ...HANDLER_DIRS.map((d) => `./lambdas/${d}`)],
              message: 'The core receives adapters through its *Deps ports (docs/architecture.md, Boundaries).',
            })),
            // An engine reaches another engine only through that engine's index.ts (its declared interface).
            ...ENGINES.flatMap((engine) =>
              ENGINES.filter((other) => other !== engine).map((other) => ({
                target: `./${ENGINES_DIR}/${engine}`,
                from: `./${ENGINES_DIR}/${other}`,
                except: ['./index.ts'],
                message: `Engine ${engine} imports engine ${other} only through ${ENGINES_DIR}/${other}/index.ts (docs/architecture.md, Boundaries).`,
              })),
            ),
            // The domain reaches an engine only through that engine's index.ts as well (imports point
            // adapters → domain ← engines; the domain → an engine's index.ts only).
            ...(DOMAIN_DIR
              ? ENGINES.map((engine) => ({
                  target: `./${DOMAIN_DIR}`,
                  from: `./${ENGINES_DIR}/${engine}`,
                  except: ['./index.ts'],
                  message: `The domain imports engine ${engine} only through ${ENGINES_DIR}/${engine}/index.ts (docs/architecture.md, Boundaries).`,
                }))
              : []),
            {
              target: './lambdas',
              from: ['./lib', './local', './test', './scripts', './examples'],
              message: 'Lambda code never imports the stack, the local runtime, tests or scripts.',
            },
            {
              target: './packages/protocol',
              from: ['./lambdas', './lib', './local', './test', './scripts', './examples', './packages/client'],
              message: '@pet-roast/protocol is shared by the service and the SDKs: it imports nothing of either.',
            },
            {
              target: './packages/client',
              from: ['./lambdas', './lib', './local', './test', './scripts', './examples', './package.json'],
              message: '@pet-roast/client is published on its own: it imports only its own files and its dependencies.',
            },
          ],
        },
      ],
    },
  },
  {
    files: CORE_DIRS.map((dir) => `${dir}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [AWS_SDK, NO_STACK] }],
      'no-restricted-syntax': ['error', noDynamicSdkImport],
    },
  },
  // The domain does no I/O of its own: engines and adapters do (docs/architecture.md, Boundaries).
  ...(DOMAIN_DIR
    ? [
        {
          files: [`${DOMAIN_DIR}/**/*.ts`],
          rules: {
            'no-restricted-imports': [
              'error',
              {
                paths: DOMAIN_FORBIDDEN.map((name) => ({ name, message: 'The domain imports no process runner, HTTP client, native engine or vendor client: an engine does (docs/architecture.md, Boundaries).' })),
                patterns: [AWS_SDK, NO_STACK],
              },
            ],
          },
        },
      ]
    : []),
  {
    files: HANDLER_DIRS.map((d) => `lambdas/${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': ['error', { patterns: [AWS_SDK] }],
      'no-restricted-syntax': ['error', noDynamicSdkImport],
    },
  },
);
