/**
 * Analysers for rendered videos, built on the real tools (ffprobe, ffmpeg's ebur128 / blackdetect /
 * freezedetect / volumedetect, tesseract, hb-shape, fc-match). A missing tool fails the test loudly:
 * nothing here skips.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const run = async (cmd: string, args: string[], encoding: 'utf8' | 'buffer' = 'utf8') => {
  const out = await exec(cmd, args, { encoding: encoding as BufferEncoding, maxBuffer: 512 * 1024 * 1024, timeout: 180_000 });
  return out as unknown as { stdout: string | Buffer; stderr: string | Buffer };
};

export interface ProbedStream {
  codec_type: string;
  codec_name: string;
  profile?: string;
  width?: number;
  height?: number;
  pix_fmt?: string;
  r_frame_rate?: string;
  avg_frame_rate?: string;
  sample_rate?: string;
  duration?: string;
  nb_frames?: string;
}
export interface Probed {
  streams: ProbedStream[];
  format: { duration: string; format_name: string };
}

export async function probe(file: string): Promise<Probed> {
  const { stdout } = await run('ffprobe', ['-v', 'error', '-show_streams', '-show_format', '-of', 'json', file]);
  return JSON.parse(stdout as string) as Probed;
}

/** Top-level MP4 box types in file order (e.g. ['ftyp', 'moov', 'mdat']). */
export function topLevelAtoms(file: string): string[] {
  const bytes = readFileSync(file);
  const atoms: string[] = [];
  let offset = 0;
  while (offset + 8 <= bytes.length) {
    let size = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    if (size === 1) size = Number(bytes.readBigUInt64BE(offset + 8));
    else if (size === 0) size = bytes.length - offset;
    atoms.push(type);
    if (size < 8) break;
    offset += size;
  }
  return atoms;
}

/** EBU R128 integrated loudness (LUFS) and true peak (dBTP) by ffmpeg's ebur128 filter. */
export async function loudness(file: string): Promise<{ integrated: number; truePeak: number }> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-map', '0:a', '-af', 'ebur128=peak=true', '-f', 'null', '-']);
  const summary = (stderr as string).slice((stderr as string).lastIndexOf('Summary:'));
  const integrated = Number(/I:\s+(-?[\d.]+|-inf) LUFS/.exec(summary)?.[1]);
  const truePeak = Number(/True peak:\s+Peak:\s+(-?[\d.]+|-inf) dBFS/.exec(summary)?.[1]);
  return { integrated, truePeak };
}

/** Mean volume (dBFS) by volumedetect. */
export async function meanVolume(file: string): Promise<number> {
  const { stderr } = await run('ffmpeg', ['-hide_banner', '-nostats', '-i', file, '-map', '0:a', '-af', 'volumedetect', '-f', 'null', '-']);
  return Number(/mean_volume:\s+(-?[\d.]+|-inf) dB/.exec(stderr as string)?.[1]);
}

/** Intervals reported by blackdetect (black stretches ≥ 0.5 s) and freezedetect (still ≥ 1 s). */
export async function blackAndFrozen(file: string): Promise<{ black: string[]; frozen: string[] }> {
  const { stderr } = await run('ffmpeg', [
    '-hide_banner', '-nostats', '-i', file, '-map', '0:v',
    '-vf', 'blackdetect=d=0.5:pix_th=0.10,freezedetect=n=-60dB:d=1', '-f', 'null', '-',
  ]);
  const text = stderr as string;
  return { black: text.match(/black_start:[^\n]*/g) ?? [], frozen: text.match(/freeze_start:[^\n]*/g) ?? [] };
}

/** One frame at `timeS` as PNG bytes (optionally cropped: w:h:x:y, and filtered). */
export async function frameAt(file: string, timeS: number, vf = 'null'): Promise<Buffer> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', timeS.toFixed(3), '-i', file, '-frames:v', '1', '-vf', vf, '-c:v', 'png', '-f', 'image2pipe', '-'], 'buffer');
  return stdout as Buffer;
}

/** `count` consecutive luma frames from frame index `first`, each a w×h Uint8Array. */
export async function lumaFrames(file: string, first: number, count: number): Promise<{ width: number; height: number; frames: Uint8Array[] }> {
  const width = 720;
  const height = 1280;
  const { stdout } = await run(
    'ffmpeg',
    ['-v', 'error', '-i', file, '-vf', `select='between(n,${first},${first + count - 1})',format=gray`, '-fps_mode', 'passthrough', '-f', 'rawvideo', '-'],
    'buffer',
  );
  const buf = stdout as Buffer;
  const frames: Uint8Array[] = [];
  for (let i = 0; i + width * height <= buf.length; i += width * height) frames.push(new Uint8Array(buf.subarray(i, i + width * height)));
  return { width, height, frames };
}

/** Text tesseract reads from PNG bytes (`lang` eng or hin). */
export async function ocr(png: Buffer, lang: 'eng' | 'hin'): Promise<string> {
  const { spawnSync } = await import('node:child_process');
  const result = spawnSync('tesseract', ['stdin', 'stdout', '-l', lang, '--psm', '6'], { input: png, encoding: 'utf8', timeout: 120_000 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`tesseract failed: ${result.stderr}`);
  return result.stdout;
}

/** Glyph ids HarfBuzz shapes `text` to with the font file (0 = .notdef, a missing glyph). */
export async function shapedGlyphIds(fontFile: string, text: string): Promise<number[]> {
  const { stdout } = await run('hb-shape', ['--no-glyph-names', '--no-positions', '--no-clusters', `--font-file=${fontFile}`, text]);
  return [...(stdout as string).matchAll(/(\d+)/g)].map((m) => Number(m[1]));
}

/** The file fontconfig picks for a pattern (what libass gets when it asks for the family). */
export async function fcMatch(pattern: string): Promise<{ file: string; family: string }> {
  const { stdout } = await run('fc-match', ['-f', '%{file}\n%{family}', pattern]);
  const [file, family] = (stdout as string).split('\n');
  return { file: file!, family: family! };
}

/** `espeak-ng --voices` names. */
export async function espeakVoices(): Promise<Set<string>> {
  const { stdout } = await run('espeak-ng', ['--voices']);
  return new Set((stdout as string).split('\n').slice(1).map((l) => l.trim().split(/\s+/)[1]!).filter(Boolean));
}

/** Bilinear sample of a luma frame at a fractional position. */
function at(frame: Uint8Array, width: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * width + x0;
  const top = frame[i]! + (frame[i + 1]! - frame[i]!) * fx;
  const bottom = frame[i + width]! + (frame[i + width + 1]! - frame[i + width]!) * fx;
  return top + (bottom - top) * fy;
}

/**
 * Tracks a square patch from frame to frame: exhaustive SSD search over whole pixels (±radius), then
 * Lucas–Kanade (Gauss–Newton on bilinearly interpolated pixels) to sub-pixel precision, which avoids
 * the bias toward whole pixels of a parabola fit. Returns the patch centre in every frame.
 */
export function trackPatch(frames: Uint8Array[], width: number, start: { x: number; y: number }, half = 32, radius = 4): Array<{ x: number; y: number }> {
  const track = [{ x: start.x, y: start.y }];
  for (let f = 1; f < frames.length; f++) {
    const prev = frames[f - 1]!;
    const cur = frames[f]!;
    const p = track[track.length - 1]!;
    // Template: the patch around p in the previous frame (sampled at p's fractional position).
    const template: number[] = [];
    for (let y = -half; y < half; y++) for (let x = -half; x < half; x++) template.push(at(prev, width, p.x + x, p.y + y));
    const ssd = (dx: number, dy: number) => {
      let sum = 0;
      let k = 0;
      for (let y = -half; y < half; y++) for (let x = -half; x < half; x++) {
        const d = template[k++]! - at(cur, width, p.x + x + dx, p.y + y + dy);
        sum += d * d;
      }
      return sum;
    };
    let best = { dx: 0, dy: 0, v: Infinity };
    for (let dy = -radius; dy <= radius; dy++) for (let dx = -radius; dx <= radius; dx++) {
      const v = ssd(dx, dy);
      if (v < best.v) best = { dx, dy, v };
    }
    let ux = best.dx;
    let uy = best.dy;
    for (let iter = 0; iter < 8; iter++) {
      let gxx = 0, gxy = 0, gyy = 0, bx = 0, by = 0, k = 0;
      for (let y = -half; y < half; y++) for (let x = -half; x < half; x++) {
        const cx = p.x + x + ux;
        const cy = p.y + y + uy;
        const gx = (at(cur, width, cx + 0.5, cy) - at(cur, width, cx - 0.5, cy));
        const gy = (at(cur, width, cx, cy + 0.5) - at(cur, width, cx, cy - 0.5));
        const e = template[k++]! - at(cur, width, cx, cy);
        gxx += gx * gx; gxy += gx * gy; gyy += gy * gy; bx += gx * e; by += gy * e;
      }
      const det = gxx * gyy - gxy * gxy;
      if (!(Math.abs(det) > 1e-9)) break;
      const sx = (gyy * bx - gxy * by) / det;
      const sy = (gxx * by - gxy * bx) / det;
      ux += sx;
      uy += sy;
      if (Math.hypot(sx, sy) < 0.002) break;
    }
    track.push({ x: p.x + ux, y: p.y + uy });
  }
  return track;
}

/** Least-squares quadratic through equally spaced samples; returns the residuals. */
function quadraticResiduals(values: number[]): number[] {
  const n = values.length;
  const xs = values.map((_, i) => i / (n - 1));
  const s = [0, 0, 0, 0, 0];
  const t = [0, 0, 0];
  xs.forEach((x, i) => {
    for (let k = 0; k < 5; k++) s[k]! += x ** k;
    for (let k = 0; k < 3; k++) t[k]! += values[i]! * x ** k;
  });
  const m = [[s[0]!, s[1]!, s[2]!], [s[1]!, s[2]!, s[3]!], [s[2]!, s[3]!, s[4]!]];
  const det = (a: number[][]) =>
    a[0]![0]! * (a[1]![1]! * a[2]![2]! - a[1]![2]! * a[2]![1]!) -
    a[0]![1]! * (a[1]![0]! * a[2]![2]! - a[1]![2]! * a[2]![0]!) +
    a[0]![2]! * (a[1]![0]! * a[2]![1]! - a[1]![1]! * a[2]![0]!);
  const d = det(m);
  const c = [0, 1, 2].map((j) => det(m.map((row, r) => row.map((v, k) => (k === j ? t[r]! : v)))) / d);
  return xs.map((x, i) => values[i]! - (c[0]! + c[1]! * x + c[2]! * x * x));
}

/**
 * How smooth a tracked path is: its deviation from the best quadratic path (a smooth camera move is
 * close to one over two seconds; shake is not), its per-frame steps and their size.
 */
export function smoothness(track: Array<{ x: number; y: number }>) {
  const rx = quadraticResiduals(track.map((p) => p.x));
  const ry = quadraticResiduals(track.map((p) => p.y));
  const residuals = rx.map((x, i) => Math.hypot(x, ry[i]!));
  const steps = track.slice(1).map((p, i) => ({ dx: p.x - track[i]!.x, dy: p.y - track[i]!.y }));
  const net = { dx: track.at(-1)!.x - track[0]!.x, dy: track.at(-1)!.y - track[0]!.y };
  return {
    rmsResidual: Math.sqrt(residuals.reduce((a, r) => a + r * r, 0) / residuals.length),
    maxResidual: Math.max(...residuals),
    maxStep: Math.max(...steps.map((s) => Math.hypot(s.dx, s.dy))),
    distance: Math.hypot(net.dx, net.dy),
    /** Steps that go against the overall direction (beyond tracker noise). */
    backwardSteps: steps.filter((s) => (s.dx * net.dx + s.dy * net.dy) / Math.hypot(net.dx, net.dy) < -0.1).length,
  };
}

/**
 * Mean luma (YAVG, 8-bit code values) and mean saturation (SATAVG) of a video or image, by ffmpeg's
 * signalstats, averaged over its frames (`vf` runs first, e.g. a crop or a frame select).
 */
export async function signalStats(file: string, vf = 'null'): Promise<{ luma: number; saturation: number; frames: number }> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-i', file, '-vf', `${vf},signalstats,metadata=print:file=-`, '-f', 'null', '-']);
  const values = (key: string) => [...(stdout as string).matchAll(new RegExp(`lavfi\\.signalstats\\.${key}=([\\d.]+)`, 'g'))].map((m) => Number(m[1]));
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const luma = values('YAVG');
  return { luma: mean(luma), saturation: mean(values('SATAVG')), frames: luma.length };
}

/** A strict reading of a WebVTT file: its cues, with each word's start (inline timestamp or the cue's). */
export function parseWebVtt(text: string): Array<{ startS: number; endS: number; words: Array<{ text: string; startS: number }> }> {
  const seconds = (t: string) => {
    const m = /^(\d{2,}):([0-5]\d):([0-5]\d)\.(\d{3})$/u.exec(t);
    if (!m) throw new Error(`bad timestamp ${t}`);
    return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) + Number(m[4]) / 1000;
  };
  const blocks = text.split(/\n\n+/u).map((b) => b.trim()).filter(Boolean);
  const header = blocks.shift()!;
  if (!/^WEBVTT(?:[ \t][^\n]*)?(?:\n[^\n]+)*$/u.test(header)) throw new Error('missing WEBVTT header');
  return blocks.map((block) => {
    const lines = block.split('\n');
    const timingAt = lines.findIndex((l) => l.includes('-->'));
    if (timingAt < 0 || timingAt > 1) throw new Error(`cue without timing: ${block}`);
    const [from, to] = lines[timingAt]!.split(' --> ');
    const startS = seconds(from!.trim());
    const endS = seconds(to!.trim().split(/\s/u)[0]!);
    if (!(endS > startS)) throw new Error(`cue ends before it starts: ${block}`);
    const payload = lines.slice(timingAt + 1).join('\n');
    if (/<(?!\d{2,}:\d{2}:\d{2}\.\d{3}>)/u.test(payload)) throw new Error(`unexpected markup: ${payload}`);
    let at = startS;
    const words = payload.split(' ').map((token) => {
      const m = /^<([^>]+)>(.*)$/u.exec(token);
      if (m) {
        const t = seconds(m[1]!);
        if (!(t > at && t < endS)) throw new Error(`timestamp ${m[1]} out of order or outside its cue`);
        at = t;
      }
      const word = (m ? m[2]! : token).replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
      return { text: word, startS: at };
    });
    return { startS, endS, words };
  });
}
