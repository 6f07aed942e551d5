import { describe, expect, it } from 'vitest';
import { installCommand, machineProbe, missingPackages, plan, REQUIREMENTS, type Probe } from '../../../scripts/setup-system.js';

/** A machine that has exactly the given binaries, files and Python modules. */
const fakeMachine = (have: { bins?: string[]; files?: string[]; python?: string[] }): Probe => ({
  which: (name) => (have.bins?.includes(name) ? `/usr/bin/${name}` : undefined),
  exists: (file) => have.files?.includes(file) ?? false,
  missingPythonModules: (modules) => modules.filter((m) => !have.python?.includes(m)),
});

describe('scripts/setup-system.ts', () => {
  it('this machine has every requirement (npm test ran the set-up first)', () => {
    expect(missingPackages(machineProbe).map((r) => r.package)).toEqual([]);
  });

  it('an empty machine misses every package, in the documented order', () => {
    expect(missingPackages(fakeMachine({})).map((r) => r.package)).toEqual([
      'ffmpeg',
      'espeak-ng',
      'gcc',
      'libespeak-ng-dev',
      'libheif-examples',
      'fonts-noto-core',
      'tesseract-ocr',
      'tesseract-ocr-eng',
      'tesseract-ocr-hin',
      'libharfbuzz-bin',
      'openssl',
      'chromium',
      'python3-httpx',
      'python3-pytest',
      'python3-pip',
      'python3-venv',
      'python3-fastapi',
    ]);
  });

  it('ffmpeg counts only with ffprobe beside it', () => {
    const ffmpeg = REQUIREMENTS.find((r) => r.package === 'ffmpeg')!;
    expect(ffmpeg.present(fakeMachine({ bins: ['ffmpeg'] }))).toBe(false);
    expect(ffmpeg.present(fakeMachine({ bins: ['ffmpeg', 'ffprobe'] }))).toBe(true);
  });

  it('nothing missing → nothing to do', () => {
    expect(plan([], { isRoot: false, hasAptGet: false })).toEqual({ action: 'none' });
  });

  it('root with apt-get installs; anyone else stops with the exact command', () => {
    const two = REQUIREMENTS.filter((r) => r.package === 'espeak-ng' || r.package === 'python3-pytest');
    expect(plan(two, { isRoot: true, hasAptGet: true })).toEqual({ action: 'install', packages: ['espeak-ng', 'python3-pytest'] });
    const stop = plan(two, { isRoot: false, hasAptGet: true });
    expect(stop.action).toBe('stop');
    expect(stop.action === 'stop' && stop.message).toContain('sudo apt-get update && sudo apt-get install -y --no-install-recommends espeak-ng python3-pytest');
    const check = plan(two, { isRoot: true, hasAptGet: true, checkOnly: true });
    expect(check.action === 'stop' && check.message).toContain(installCommand(['espeak-ng', 'python3-pytest'], true));
    const noApt = plan(two, { isRoot: true, hasAptGet: false });
    expect(noApt.action === 'stop' && noApt.message).toMatch(/espeak-ng: narration[\s\S]*package manager/);
  });
});
