/**
 * Regenerates `packages/client/src/generated/openapi.ts`, the API types of `@pet-roast/client`, from the
 * OpenAPI document with openapi-typescript:
 *
 *   npm run client:types                                   # the document GET /openapi.json serves (built in-process)
 *   npm run client:types -- --from http://localhost:8000/openapi.json   # a running service's document
 *
 * `test/unit/client/generated-types.test.ts` fails when the committed file differs from what this
 * produces, so a schema change without a regeneration is caught; the package test does the same with
 * the document a running local service serves.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { buildOpenApi } from '../lambdas/domain/openapi.js';
import { getConfig } from '../lambdas/domain/config.js';

/** Where the generated types live, relative to the repository root. */
export const GENERATED_TYPES_PATH = 'packages/client/src/generated/openapi.ts';

const HEADER = `/**
 * API types of the Pet Roast AI HTTP API, generated from its OpenAPI document (GET /openapi.json) by
 * openapi-typescript. Do not edit: run \`npm run client:types\` after changing a route or schema.
 */
`;

/**
 * The TypeScript source openapi-typescript makes of `document`. Fields with a default stay optional
 * (`defaultNonNullable: false`): a caller may leave them out and the service fills them in. The
 * `servers` list is dropped first: it names the host the document was read from, not the API's shape.
 */
export async function generateClientTypes(document: Record<string, unknown>): Promise<string> {
  const { servers: _servers, ...shape } = document;
  const ast = await openapiTS(shape as unknown as OpenAPI3, { defaultNonNullable: false, alphabetize: false });
  return HEADER + astToString(ast);
}

/** The document `GET /openapi.json` serves, without a server URL. */
export function currentDocument(): Record<string, unknown> {
  return buildOpenApi(getConfig().APP_VERSION);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  let document: Record<string, unknown>;
  if (values.from) {
    const res = await fetch(values.from);
    if (!res.ok) throw new Error(`${values.from}: HTTP ${res.status}`);
    document = (await res.json()) as Record<string, unknown>;
  } else {
    document = currentDocument();
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  await writeFile(path.join(root, GENERATED_TYPES_PATH), await generateClientTypes(document));
  console.error(`wrote ${GENERATED_TYPES_PATH}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
