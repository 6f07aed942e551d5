import { writeFile } from 'node:fs/promises';
import { MUSIC_TRACK_IDS, type MusicTrackId } from '../../domain/vocabulary.js';
import { pcm16ToWav } from '../speech/index.js';

/**
 * The music bed of built-in videos (docs/renderer.md "Music"). Every track is MADE BY THIS CODE: a small
 * deterministic synthesiser (plucked chord arpeggios, a bass, a kick and a noise hi-hat from a seeded
 * generator) renders it sample by sample (once per process, then cut to each video), so the project ships no audio
 * file and every track is its own work, under the project's licence (provenance: this file, the
 * `provenance` field of each track). Figures (synthesis, the cut, and the build-time alternative): docs/renderer.md "Music".
 */

/** A track's feel, which `music: "auto"` matches to the roast (see {@link pickTrack}). */
export type MusicMood = 'playful' | 'royal' | 'chill';

export interface MusicTrack {
  /** One of the API's track ids (lambdas/domain/vocabulary.ts). */
  id: MusicTrackId;
  mood: MusicMood;
  /** Beats per minute. */
  bpm: number;
  /** Chords, one per bar of four beats, as MIDI note numbers (root first). */
  chords: number[][];
  /** Pluck brightness: weight of the 2nd and 3rd harmonics (0..1). */
  brightness: number;
  /** Where the track comes from and under which licence it may be redistributed. */
  provenance: string;
}

const PROVENANCE = 'Generated at render time (once per process) by lambdas/engines/renderer/music.ts (this project; the project licence). No samples, no third-party material.';

/** The synthesis of each track id the API accepts (keyed by id, so a missing or unknown id does not compile). */
const CATALOGUE: Readonly<Record<MusicTrackId, Omit<MusicTrack, 'id'>>> = {
  // I–V–vi–IV in C major, bright plucks.
  'sunny-bounce': { mood: 'playful', bpm: 116, chords: [[60, 64, 67], [55, 59, 62], [57, 60, 64], [53, 57, 60]], brightness: 0.6, provenance: PROVENANCE },
  // i–VI–III–VII in D minor, a slow processional.
  'royal-procession': { mood: 'royal', bpm: 92, chords: [[62, 65, 69], [58, 62, 65], [53, 57, 60], [60, 64, 67]], brightness: 0.35, provenance: PROVENANCE },
  // ii–V–I–vi in F with sevenths, soft and slow.
  'lazy-sunday': { mood: 'chill', bpm: 76, chords: [[55, 58, 62, 65], [60, 64, 67, 70], [53, 57, 60, 64], [62, 65, 69, 72]], brightness: 0.15, provenance: PROVENANCE },
};

/** The catalogue: `music` on generate-video takes one of these ids, `auto` or `none`. */
export const MUSIC_TRACKS: readonly MusicTrack[] = Object.freeze(MUSIC_TRACK_IDS.map((id) => ({ id, ...CATALOGUE[id] })));

/** The ids `music` accepts besides `auto` and `none` (the API's list, lambdas/domain/vocabulary.ts). */
export { MUSIC_TRACK_IDS };

/** `music` on generate-video: a track id, `auto` (by the roast's mood) or `none`. */
export type MusicChoice = 'auto' | 'none' | string;

/** Filters whose look asks for a mood (config/banuba-filters.json ids). */
const FILTER_MOODS: Readonly<Record<string, MusicMood>> = { 'pet-maharaja': 'royal' };

/**
 * The roast's mood, from its text (and the filter, when it names one): a royal word or the Maharaja
 * filter → `royal`; lively punctuation (at least one `!` or `?` per two lines) → `playful`; else `chill`.
 * A deliberately simple, documented rule (docs/renderer.md "Music").
 */
export function roastMood(lines: readonly string[], filterId?: string | null): MusicMood {
  if (filterId && FILTER_MOODS[filterId]) return FILTER_MOODS[filterId]!;
  const text = lines.join(' ');
  if (/\b(king|queen|royal|maharaja|maharani|throne|crown|majesty|prince|princess)\b|राजा|रानी|महाराज|सिंहासन/iu.test(text)) return 'royal';
  const lively = (text.match(/[!?！？]/gu) ?? []).length;
  return lively * 2 >= lines.length ? 'playful' : 'chill';
}

/** The track a choice plays, or undefined for `none`. @throws Error for an unknown id (the schema refuses it first). */
export function pickTrack(choice: MusicChoice, lines: readonly string[], filterId?: string | null): MusicTrack | undefined {
  if (choice === 'none') return undefined;
  if (choice === 'auto') {
    const mood = roastMood(lines, filterId);
    return MUSIC_TRACKS.find((t) => t.mood === mood)!;
  }
  const track = MUSIC_TRACKS.find((t) => t.id === choice);
  if (!track) throw new Error(`unknown music track ${choice}`);
  return track;
}

/** Fade-in and fade-out of the bed, seconds (the fade-out ends with the video). */
export const MUSIC_FADE_IN_S = 0.4;
export const MUSIC_FADE_OUT_S = 1.2;

/** Length every track is synthesised to once per process (the longest video, docs/renderer.md "Music"). */
export const MUSIC_CACHE_S = 60;
/** Synthesised tracks, normalised, unfaded, 16-bit, by `id@rate` (at most one per catalogue track and rate: ≤ 5.8 MB each). */
const synthesised = new Map<string, Int16Array>();

/**
 * The whole track as 16-bit samples, normalised to a −6 dBFS peak, unfaded: synthesised on first use in
 * this process for max({@link MUSIC_CACHE_S}, `durationS`) and kept, so later renders only cut and fade
 * it (measured in docs/renderer.md "Music": why not files made at build time).
 */
function trackSamples(track: MusicTrack, durationS: number, sampleRate: number): Int16Array {
  const key = `${track.id}@${sampleRate}`;
  const cached = synthesised.get(key);
  if (cached && cached.length >= Math.round(durationS * sampleRate)) return cached;
  const n = Math.max(1, Math.round(Math.max(MUSIC_CACHE_S, durationS) * sampleRate));
  const out = synthesise(track, n, sampleRate);
  let peak = 0;
  for (let i = 0; i < n; i++) peak = Math.max(peak, Math.abs(out[i]!));
  const scale = peak > 0 ? 0.5 / peak : 0;
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const v = out[i]! * scale;
    samples[i] = Math.round((v > 1 ? 1 : v < -1 ? -1 : v) * 32767);
  }
  synthesised.set(key, samples);
  return samples;
}

/**
 * Renders `track` for `durationS` seconds into a mono 16-bit WAV at `sampleRate`, faded in and out,
 * peaking near −6 dBFS (the soundtrack stage sets its level under the voice): the first `durationS` of
 * the process's synthesised track ({@link trackSamples}) with the fades applied.
 */
export async function renderTrack(track: MusicTrack, durationS: number, outWav: string, sampleRate = 48_000): Promise<void> {
  const n = Math.max(1, Math.round(durationS * sampleRate));
  const whole = trackSamples(track, durationS, sampleRate);
  const samples = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    const t = i / sampleRate;
    const fade = Math.max(0, Math.min(1, t / MUSIC_FADE_IN_S, (durationS - t) / MUSIC_FADE_OUT_S));
    samples[i] = Math.round(whole[i]! * fade);
  }
  // Int16Array is little-endian on every platform Node runs the renderer on (x86-64, arm64).
  await writeFile(outWav, pcm16ToWav(new Uint8Array(samples.buffer), sampleRate));
}

/** The track's `n` samples at `sampleRate`, unnormalised: plucked arpeggios, bass, kick and hi-hat. */
function synthesise(track: MusicTrack, n: number, sampleRate: number): Float32Array {
  const durationS = n / sampleRate;
  const out = new Float32Array(n);
  const beatS = 60 / track.bpm;
  const hz = (midi: number) => 440 * 2 ** ((midi - 69) / 12);
  // Seeded noise (xorshift32), so every render of a track is identical.
  let seed = 0x9e3779b9;
  const noise = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) / 0xffffffff) * 2 - 1;
  };
  /** Adds a decaying partial-rich pluck: recursive oscillator (rotation) and envelope, no per-sample sin/exp. */
  const pluck = (startS: number, lengthS: number, f: number, gain: number, decayS: number) => {
    const i0 = Math.round(startS * sampleRate);
    const i1 = Math.min(n, i0 + Math.round(lengthS * sampleRate));
    const w = (2 * Math.PI * f) / sampleRate;
    const [cw, sw] = [Math.cos(w), Math.sin(w)];
    const k = Math.exp(-1 / (decayS * sampleRate));
    const attack = Math.round(sampleRate / 400);
    let c = 1;
    let s = 0;
    let env = gain;
    for (let i = i0; i < i1; i++) {
      const a = i - i0 < attack ? (i - i0) / attack : 1;
      // sin x, sin 2x = 2 sin x cos x, sin 3x = sin x (3 − 4 sin² x).
      out[i]! += env * a * (s + track.brightness * (s * c + 0.25 * s * (3 - 4 * s * s)));
      const c1 = c * cw - s * sw;
      s = s * cw + c * sw;
      c = c1;
      env *= k;
    }
  };
  /** A kick: a sine falling from ~170 Hz to 50 Hz, 50 ms decay. */
  const kick = (startS: number) => {
    const i0 = Math.round(startS * sampleRate);
    const i1 = Math.min(n, i0 + Math.round(0.18 * sampleRate));
    let phase = 0;
    let env = 0.35;
    const k = Math.exp(-1 / (0.05 * sampleRate));
    for (let i = i0; i < i1; i++) {
      const t = (i - i0) / sampleRate;
      phase += (2 * Math.PI * (50 + 120 * Math.exp(-t / 0.03))) / sampleRate;
      out[i]! += env * Math.sin(phase);
      env *= k;
    }
  };
  /** A hi-hat: a 50 ms burst of seeded noise, 12 ms decay. */
  const hat = (startS: number) => {
    const i0 = Math.round(startS * sampleRate);
    const i1 = Math.min(n, i0 + Math.round(0.05 * sampleRate));
    let env = 0.06;
    const k = Math.exp(-1 / (0.012 * sampleRate));
    for (let i = i0; i < i1; i++) {
      out[i]! += env * noise();
      env *= k;
    }
  };
  const beats = Math.ceil(durationS / beatS) + 1;
  for (let b = 0; b < beats; b++) {
    const at = b * beatS;
    const chord = track.chords[Math.floor(b / 4) % track.chords.length]!;
    // Arpeggio: two notes per beat, an octave up; bass on beats 1 and 3; kick on the beat, hat off it.
    for (let j = 0; j < 2; j++) pluck(at + (j * beatS) / 2, beatS * 1.5, hz(chord[(2 * b + j) % chord.length]! + 12), 0.16, beatS * 0.5);
    if (b % 2 === 0) pluck(at, beatS * 1.8, hz(chord[0]! - 12), 0.3, beatS * 0.9);
    kick(at);
    hat(at + beatS / 2);
  }
  return out;
}
