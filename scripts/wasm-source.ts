/**
 * Compiles resample.wat with wabt (shared by scripts/build-wasm.ts and the test that checks the
 * generated module is up to date).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The kernel's source. */
export const RESAMPLE_WAT_PATH = path.join(here, '..', 'lambdas', 'engines', 'renderer', 'resample.wat');

/** The .wat compiled to a WebAssembly binary (SIMD enabled, no names section, deterministic). */
export async function compileResampleWat(): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const module = wabt.parseWat(path.basename(RESAMPLE_WAT_PATH), fs.readFileSync(RESAMPLE_WAT_PATH, 'utf8'), { simd: true });
  try {
    module.validate();
    return module.toBinary({ log: false, write_debug_names: false }).buffer;
  } finally {
    module.destroy();
  }
}
