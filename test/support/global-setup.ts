import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { synthTemplate } from '../../local/template.js';

/**
 * Synthesizes the stack once per test run for every local runtime the integration tests start (each
 * would otherwise spend seconds on its own synth), and removes the file afterwards.
 */
export default function setup(): () => void {
  const dir = mkdtempSync(path.join(tmpdir(), 'pet-roast-template-'));
  const file = path.join(dir, 'PetRoast.template.json');
  delete process.env.PET_ROAST_TEMPLATE_FILE;
  writeFileSync(file, JSON.stringify(synthTemplate()));
  process.env.PET_ROAST_TEMPLATE_FILE = file;
  return () => rmSync(dir, { recursive: true, force: true });
}
