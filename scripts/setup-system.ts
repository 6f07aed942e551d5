/**
 * Installs the system tools the project needs when they are missing, so that `npm ci && npm start` and
 * `npm ci && npm test` work on a fresh Debian/Ubuntu machine with nothing done by hand.
 *
 *   npx tsx scripts/setup-system.ts          # run by `npm start`, `npm test` and `.ci/run`
 *   npx tsx scripts/setup-system.ts --check  # only report; exit 1 when something is missing
 *
 * Every requirement is probed directly (a binary on PATH, a font or OCR data file, a Python module), so
 * a machine where all are present pays a few milliseconds and never touches apt. Missing packages are
 * installed with `apt-get` when running as root (`apt-get update` only when the install cannot find a
 * package); otherwise the script stops with the exact command to run. A missing tool is never a
 * reason for a test to skip: it is installed here, or `npm test` stops loudly (README, Quick start).
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** One Debian package the project needs and how to see that it is there without dpkg. */
export interface SystemRequirement {
  /** The Debian package (bookworm) that provides it. */
  package: string;
  /** What uses it (printed when it is missing). */
  usedBy: string;
  /** True when the tool is usable on this machine. */
  present: (probe: Probe) => boolean;
}

/** How requirements look at the machine (injectable for tests). */
export interface Probe {
  /** Absolute path of an executable on PATH, or undefined. */
  which(name: string): string | undefined;
  exists(file: string): boolean;
  /** Python modules (of `python3`) that cannot be imported, from the given list. */
  missingPythonModules(modules: string[]): string[];
}

/** Directories Debian's tesseract-ocr 4/5 keeps its language data in (or TESSDATA_PREFIX). */
const tessdataDirs = (): string[] => {
  const dirs = process.env.TESSDATA_PREFIX ? [process.env.TESSDATA_PREFIX, path.join(process.env.TESSDATA_PREFIX, 'tessdata')] : [];
  const base = '/usr/share/tesseract-ocr';
  try {
    for (const v of readdirSync(base)) dirs.push(path.join(base, v, 'tessdata'));
  } catch {
    // not installed
  }
  return dirs;
};
const hasTessdata = (probe: Probe, lang: string): boolean => tessdataDirs().some((d) => probe.exists(path.join(d, `${lang}.traineddata`)));

/** Python modules the Python examples and their tests import (with Debian's {@link SYSTEM_PYTHON}). */
const pythonModule = (module: string): SystemRequirement['present'] => (probe) => probe.missingPythonModules([module]).length === 0;

/**
 * Everything the project runs outside Node, with the Debian package that provides it. fonts-noto-core is
 * probed with its Devanagari and Nastaliq faces (the built-in renderer's captions need every Indic script
 * it ships).
 */
export const REQUIREMENTS: readonly SystemRequirement[] = [
  { package: 'ffmpeg', usedBy: 'video frame sampling, the built-in renderer', present: (p) => !!p.which('ffmpeg') && !!p.which('ffprobe') },
  { package: 'espeak-ng', usedBy: 'narration (text to speech) of the built-in renderer', present: (p) => !!p.which('espeak-ng') },
  { package: 'gcc', usedBy: 'building espeak-ng-words (word timings of the narration)', present: (p) => !!p.which('cc') },
  {
    package: 'libespeak-ng-dev',
    usedBy: 'building espeak-ng-words (word timings of the narration)',
    present: (p) => p.exists('/usr/include/espeak-ng/speak_lib.h'),
  },
  {
    // Debian 12's libheif1 carries its libde265 HEVC decoder built in (later releases split it into
    // libheif-plugin-libde265, which would then be listed here too).
    package: 'libheif-examples',
    usedBy: 'heif-convert: HEIC/HEIF stills (iPhone photos) in the detector and the built-in renderer',
    present: (p) => !!p.which('heif-convert'),
  },
  {
    package: 'fonts-noto-core',
    usedBy: 'caption fonts for all 13 languages',
    present: (p) =>
      p.exists('/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf') && p.exists('/usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf'),
  },
  { package: 'tesseract-ocr', usedBy: 'caption OCR checks in the tests', present: (p) => !!p.which('tesseract') },
  { package: 'tesseract-ocr-eng', usedBy: 'English OCR data', present: (p) => hasTessdata(p, 'eng') },
  { package: 'tesseract-ocr-hin', usedBy: 'Hindi OCR data', present: (p) => hasTessdata(p, 'hin') },
  { package: 'libharfbuzz-bin', usedBy: 'hb-shape: glyph coverage checks of the caption fonts', present: (p) => !!p.which('hb-shape') },
  { package: 'openssl', usedBy: 'TLS certificates of the SSRF tests', present: (p) => !!p.which('openssl') },
  { package: 'chromium', usedBy: 'browser tests', present: (p) => !!(p.which('chromium') ?? p.which('chromium-browser')) },
  { package: 'python3-httpx', usedBy: 'the Python client (clients/python)', present: pythonModule('httpx') },
  { package: 'python3-pytest', usedBy: 'the Python client tests (run by npm test)', present: pythonModule('pytest') },
  {
    package: 'python3-pip',
    usedBy: 'the Python client test that installs the package with pip (setuptools comes with it)',
    present: (p) => p.missingPythonModules(['pip', 'setuptools']).length === 0,
  },
  { package: 'python3-venv', usedBy: 'the scratch virtual environment of that test', present: pythonModule('ensurepip') },
  {
    package: 'python3-fastapi',
    usedBy: 'the FastAPI receiver example and the Python client tests (uvicorn comes with it)',
    present: (p) => p.missingPythonModules(['fastapi', 'uvicorn']).length === 0,
  },
];

/** Debian's interpreter, the one `python3-*` packages install modules for. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

/** The probe of the real machine. */
export const machineProbe: Probe = {
  which(name) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      if (!dir) continue;
      const file = path.join(dir, name);
      try {
        accessSync(file, constants.X_OK);
        return file;
      } catch {
        // keep looking
      }
    }
    return undefined;
  },
  exists: existsSync,
  missingPythonModules(modules) {
    // The python3-* packages install into the system interpreter, which a pyenv/venv python3 earlier on
    // PATH does not see: probe the one the packages serve.
    const python = existsSync(SYSTEM_PYTHON) ? SYSTEM_PYTHON : machineProbe.which('python3');
    if (!python) return modules;
    // find_spec locates a module without importing it (fast, no side effects).
    const code = `import importlib.util as u\nfor m in ${JSON.stringify(modules)}:\n    print(m) if u.find_spec(m) is None else None`;
    const out = spawnSync(python, ['-c', code], { encoding: 'utf8' });
    if (out.status !== 0) return modules;
    return out.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
  },
};

/** The Debian packages whose requirement is not met on this machine (in {@link REQUIREMENTS} order). */
export function missingPackages(probe: Probe = machineProbe, requirements: readonly SystemRequirement[] = REQUIREMENTS): SystemRequirement[] {
  return requirements.filter((r) => !r.present(probe));
}

/** The command a non-root user must run to install `packages`. */
export const installCommand = (packages: string[], asRoot = false): string => {
  const sudo = asRoot ? '' : 'sudo ';
  return `${sudo}apt-get update && ${sudo}apt-get install -y --no-install-recommends ${packages.join(' ')}`;
};

/** What to do about the missing packages on this machine. */
export type SetupPlan =
  | { action: 'none' }
  | { action: 'install'; packages: string[] }
  | { action: 'stop'; packages: string[]; message: string };

/**
 * Decides what to do: nothing, install with apt-get (root with apt-get available), or stop with the
 * exact command (anyone else).
 */
export function plan(missing: SystemRequirement[], machine: { isRoot: boolean; hasAptGet: boolean; checkOnly?: boolean }): SetupPlan {
  if (missing.length === 0) return { action: 'none' };
  const packages = missing.map((r) => r.package);
  const list = missing.map((r) => `  - ${r.package}: ${r.usedBy}`).join('\n');
  if (machine.isRoot && machine.hasAptGet && !machine.checkOnly) return { action: 'install', packages };
  const how = machine.hasAptGet
    ? `Run:\n  ${installCommand(packages, machine.isRoot)}`
    : 'Install the equivalents with your system package manager (these are the Debian bookworm package names).';
  return { action: 'stop', packages, message: `Missing system tools the project needs:\n${list}\n${how}` };
}

function aptInstall(packages: string[]): boolean {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env }).status === 0;
  if (install()) return true;
  // The package lists are missing or stale (fresh container): refresh once and try again.
  if (spawnSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env }).status !== 0) return false;
  return install();
}

/**
 * Makes sure every requirement is met; throws with the reason when that is impossible.
 * @returns the packages it installed (empty when all were present).
 */
export function ensureSystemTools(options: { log?: (line: string) => void; checkOnly?: boolean; probe?: Probe } = {}): string[] {
  const log = options.log ?? ((line: string) => console.error(line));
  const probe = options.probe ?? machineProbe;
  const missing = missingPackages(probe);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const decided = plan(missing, { isRoot, hasAptGet: !!probe.which('apt-get'), checkOnly: options.checkOnly });
  if (decided.action === 'none') return [];
  if (decided.action === 'stop') throw new Error(decided.message);
  log(`setup-system: installing ${decided.packages.join(' ')} with apt-get…`);
  if (!aptInstall(decided.packages)) throw new Error(`apt-get could not install: ${decided.packages.join(' ')}`);
  const still = missingPackages(probe).map((r) => r.package);
  if (still.length) throw new Error(`still missing after apt-get install: ${still.join(' ')}`);
  log('setup-system: done');
  return decided.packages;
}

/** Source of the word-timing speech helper (docs/renderer.md "Word timings"). */
export const ESPEAK_WORDS_SOURCE = fileURLToPath(new URL('../lambdas/engines/speech/espeak-words/espeak-ng-words.c', import.meta.url));
/** Where {@link ensureEspeakWords} installs it as root (on PATH, the default `ESPEAK_NG_WORDS_PATH`). */
export const ESPEAK_WORDS_BINARY = '/usr/local/bin/espeak-ng-words';

/**
 * Builds `espeak-ng-words` (the espeak-ng library with its word events; the CLI prints no timings) when
 * it is missing or older than its source. Needs the `gcc` and `libespeak-ng-dev` requirements.
 * @returns true when it built the helper.
 * @throws Error when it is missing and cannot be built here (not root, or the compiler fails).
 */
export function ensureEspeakWords(options: { log?: (line: string) => void; checkOnly?: boolean; probe?: Probe } = {}): boolean {
  const log = options.log ?? ((line: string) => console.error(line));
  const probe = options.probe ?? machineProbe;
  const found = probe.which('espeak-ng-words');
  if (found && statSync(found).mtimeMs >= statSync(ESPEAK_WORDS_SOURCE).mtimeMs) return false;
  const command = ['cc', '-O2', '-o', ESPEAK_WORDS_BINARY, ESPEAK_WORDS_SOURCE, '-lespeak-ng'];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (options.checkOnly || !isRoot) throw new Error(`espeak-ng-words is missing or out of date. Run:\n  sudo ${command.join(' ')}`);
  log('setup-system: building espeak-ng-words…');
  const built = spawnSync(command[0]!, command.slice(1), { stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) throw new Error(`could not build espeak-ng-words: ${command.join(' ')}`);
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    ensureSystemTools({ checkOnly: process.argv.includes('--check') });
    ensureEspeakWords({ checkOnly: process.argv.includes('--check') });
  } catch (err) {
    console.error(`setup-system: ${(err as Error).message}`);
    process.exit(1);
  }
}
