import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a running `npm start` leaves its coordinates, so operator scripts (`npm run effects:add`)
 * reach the same emulator and resources without flags. Written at start, removed at a clean stop;
 * a file whose process is gone is ignored. `.local/` is git-ignored.
 */
export const LOCAL_STATE_FILE = path.resolve(import.meta.dirname, '..', '.local', 'runtime.json');

/** The running local runtime, as seen from another process. */
export interface LocalState {
  pid: number;
  /** The API's base URL. */
  url: string;
  /** The moto endpoint (AWS_ENDPOINT_URL) and region every SDK client must use. */
  awsEndpoint: string;
  region: string;
  tableName: string;
  bucketName: string;
  arCloudManifestUrl: string;
  /** The catalogue the functions serve (FILTERS_CATALOGUE_PATH), when not the bundled one. */
  filtersCataloguePath?: string;
}

/** Writes the runtime's coordinates (`npm start`, after it is up). */
export function writeLocalState(state: LocalState, file = LOCAL_STATE_FILE): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(state, null, 2)}\n`);
}

/** The state of a runtime that is still running, else undefined. */
export function readLocalState(file = LOCAL_STATE_FILE): LocalState | undefined {
  let state: LocalState;
  try {
    state = JSON.parse(readFileSync(file, 'utf8')) as LocalState;
  } catch {
    return undefined;
  }
  try {
    process.kill(state.pid, 0);
  } catch {
    return undefined;
  }
  return state;
}

/** Removes the file if it is still this process's. */
export function clearLocalState(pid = process.pid, file = LOCAL_STATE_FILE): void {
  try {
    if ((JSON.parse(readFileSync(file, 'utf8')) as LocalState).pid === pid) rmSync(file);
  } catch {
    // Nothing to remove.
  }
}
