import { machineProbe } from '../../scripts/setup-system.js';

/**
 * The absolute path of a system tool a test needs. A missing tool is never a reason to skip: `npm test`
 * installs it first (scripts/setup-system.ts), and a test run without it fails here, loudly, with the fix.
 */
export function requireTool(name: string): string {
  const found = machineProbe.which(name);
  if (!found) throw new Error(`${name} is not installed: run \`npm run setup:system\` (as root it installs it; otherwise it prints the command)`);
  return found;
}
