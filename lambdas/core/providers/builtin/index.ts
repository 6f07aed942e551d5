/**
 * The built-in roast renderer (docs/renderer.md): turns a validated pet photo or clip and the roast
 * script into a narrated, captioned 720×1280 H.264/AAC MP4 and a JPEG thumbnail, on this machine, with
 * ffmpeg, espeak-ng, libass and the Noto fonts. No AWS SDK here; the provider adapter uploads the files.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageCode } from '../../languages.js';
import { AppError } from '../../errors.js';
import { decodeHeif } from '../../intake/heif.js';
import { safeSharp } from '../../intake/sharp-safe.js';
import { buildSoundtrack, encodeSoundtrack, planTimeline, MAX_TEMPO, MAX_VIDEO_S, type BedAudio } from './audio.js';
import { buildAss, FRAME, MAX_PHRASE_CHARS, timedCuesForLine, type CaptionCue, type CaptionStyle } from './captions.js';
import { clipInputs, clipVideoFilter, CORRUPT_INPUT, probeClip, sniffFile } from './clip.js';
import { RenderError, RenderInputError } from './errors.js';
import { planClip, planStill, type Rect } from './framing.js';
import { runTool, writeChunk } from './process.js';
import { buildStillCanvas, frameSampler, orientedSize, windowAt } from './still.js';
import { pickTrack, renderTrack, type MusicChoice } from './music.js';
import { LOOK_STYLE, lookFor, overlayEvents, type BoxSpan } from './looks.js';
import { narrationLines, spokenForm } from './text.js';
import { buildWebVtt } from './webvtt.js';
import { EspeakTextToSpeech, type SpeechResult, type TextToSpeech } from './tts.js';
import type { ScriptNarrator } from '../../speech/service.js';
import type { VoicePreference } from '../../speech/types.js';
import { LANGUAGE_PROFILES } from './voices.js';

export { RenderError, RenderInputError, isPermanentRenderError } from './errors.js';
export { EspeakTextToSpeech, pcm16ToWav, wavDurationS, type SpeechResult, type TextToSpeech, type WordTiming } from './tts.js';
export { CAPTION_STYLES, type CaptionCue, type CaptionStyle, type CaptionWord } from './captions.js';
export { buildWebVtt } from './webvtt.js';
export { MUSIC_TRACKS, MUSIC_TRACK_IDS, pickTrack, roastMood, type MusicChoice, type MusicTrack } from './music.js';
export { LANGUAGE_PROFILES, type LanguageProfile, type PollyVoice } from './voices.js';

export interface BuiltinRenderInput {
  /** Validated media on local disk; its type is re-read from magic bytes and must match `kind`. */
  media: { path: string; kind: 'image' | 'video' };
  /** Pets' boxes in pixels of the EXIF-oriented original (API `Box`, lambdas/core/schemas/media.ts); may be empty. */
  boxes: Array<{ x: number; y: number; width: number; height: number }>;
  /** The narration, one caption phrase group per line, already in the language's own script. */
  script: { lines: string[]; language: LanguageCode };
  /** Scratch directory (e.g. under os.tmpdir()); the outputs are written here, intermediates removed. */
  workDir: string;
  /** Aborting kills every child process and rejects with RenderError (`aborted: true`). */
  signal?: AbortSignal;
  /**
   * Speech engine; default espeak-ng. A {@link ScriptNarrator} (core/speech/service.ts) speaks the whole
   * script with one provider and fails over for the whole script; a plain TextToSpeech speaks line by line.
   */
  tts?: TextToSpeech | ScriptNarrator;
  /** The caller's voice choice (docs/voices.md "Voice choice"); only a ScriptNarrator honours it. */
  voice?: VoicePreference;
  /**
   * Burned-in captions (docs/renderer.md "Captions"): `karaoke` (default) highlights the word being
   * spoken, `phrase` shows phrases only, `none` draws no captions. The cues are returned either way.
   */
  captionStyle?: CaptionStyle;
  /**
   * Music bed (docs/renderer.md "Music"): a track id of MUSIC_TRACKS, `auto` (chosen by the roast's
   * mood, with `filterId`) or `none` (default here; generate-video's default is `auto`).
   */
  music?: MusicChoice;
  /** The job's catalogue filter, when it has one (a mood hint for `music: auto`). */
  filterId?: string | null;
  /** x264 preset (default 'veryfast', see docs/renderer.md "Speed"). */
  x264Preset?: string;
  /**
   * Progress, as the fraction of the render done (0..1, never decreasing; docs/renderer.md "Progress"):
   * {@link RENDER_STAGE_DONE} after each stage, and during a photo's encode once per frame fed.
   */
  onProgress?: (fraction: number) => void;
}

/**
 * Fraction of a render done after each stage (docs/renderer.md "Progress"), rounded from the stage
 * timings of `npm run bench:render` (photo on an idle 2-core machine: speech ≈ 0.1 s, soundtrack ≈ 1 s,
 * canvas ≈ 0.3 s, encode ≈ 6 s, thumbnail and read-back ≈ 0.3 s of ≈ 8 s). A photo's encode moves from
 * `soundtrack` to `encode` frame by frame; a clip's encode (one ffmpeg run over the clip) in one step.
 */
export const RENDER_STAGE_DONE = { speech: 0.05, soundtrack: 0.2, encode: 0.95 } as const;

export interface BuiltinRenderOutput {
  /** MP4 in `workDir`: H.264 High yuv420p 720×1280 30 fps + AAC 48 kHz mono, moov first. */
  videoPath: string;
  /** JPEG 720×1280, at most 500 KB, in `workDir`. */
  thumbnailPath: string;
  /** WebVTT subtitles in `workDir` (docs/renderer.md "Subtitles"): one cue per phrase, words timed inside. */
  subtitlesPath: string;
  /** Video length in seconds (narration + at most 1.5 s, at most 60 s). */
  durationS: number;
  /** Milliseconds per stage: probe, speech, soundtrack, frames (photo canvas), encode, thumbnail, total. */
  timings: Record<string, number>;
  /** The narrated lines after cleaning (what was spoken and shown). */
  lines: string[];
  /** Caption cues (phrases, with their timed words), as burned in unless `captionStyle` is `none`. */
  cues: CaptionCue[];
  /** How the picture was framed ('cover' crop or 'contain' over a blurred copy). */
  fill: 'cover' | 'contain';
  /** The music track that played under the voice, or null. */
  musicTrack: string | null;
  /** The filter look applied (docs/renderer.md "Filter looks"): `filterId` when it has one, else null. */
  filterApplied: string | null;
  /** Who spoke the narration (the job's `narration`, docs/voices.md). */
  narration: RenderedNarration;
  /**
   * Per spoken line: its audio's duration and word timings relative to the line's start (as the engine
   * reported them), and where the line starts on the video's timeline in seconds.
   */
  speech: Array<SpeechResult & { startS: number }>;
}

/** The job's `narration`: the provider that actually spoke (after any fail-over) and its voice. */
export interface RenderedNarration {
  language: LanguageCode;
  provider: string;
  voice: string;
  /** Present and true when the provider is a local simulator. */
  simulated?: boolean;
}

/** Thumbnails larger than this are re-encoded at a lower quality (bytes). */
export const MAX_THUMBNAIL_BYTES = 500 * 1024;
const FPS = 30;

/**
 * Renders the roast video.
 * @throws RenderInputError (permanent) for corrupt/unsupported media, a `kind` that does not match the
 *   file, an empty or too-long script; RenderError (transient) for tool failures, deadlines, abort.
 */
export async function renderRoastVideo(input: BuiltinRenderInput): Promise<BuiltinRenderOutput> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const lap = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await work();
    } finally {
      timings[name] = Math.round(performance.now() - t0);
    }
  };
  const { signal } = input;
  const language = input.script.language;
  const lines = narrationLines(input.script.lines);
  const dir = await mkdtemp(path.join(input.workDir, 'builtin-'));
  const stamp = path.basename(dir);
  const videoPath = path.join(input.workDir, `${stamp}.mp4`);
  const thumbnailPath = path.join(input.workDir, `${stamp}.jpg`);
  const subtitlesPath = path.join(input.workDir, `${stamp}.vtt`);
  const tts = input.tts ?? new EspeakTextToSpeech();
  let reported = 0;
  const progress = (fraction: number) => {
    const next = Math.min(1, Math.max(reported, fraction));
    if (next === reported) return;
    reported = next;
    input.onProgress?.(next);
  };
  try {
    // 1. What the media is (magic bytes), and its geometry.
    const sniffed = await lap('probe', () => sniffFile(input.media.path));
    if (sniffed.kind !== input.media.kind) {
      throw new RenderInputError(`The stored media is a ${sniffed.kind} (${sniffed.format}), not the ${input.media.kind} the job expects.`);
    }
    const clip = sniffed.kind === 'video' ? await lap('probe', () => probeClip(input.media.path, sniffed.format, signal)) : undefined;

    // 2. Narration, one WAV per line, so every caption is timed to its own line.
    const lineWavs = lines.map((_, i) => path.join(dir, `line-${i}.wav`));
    const spoken = await lap('speech', async () => {
      // Every engine reads the normalised form (text.ts spokenForm); the captions keep the lines as written.
      const said = lines.map(spokenForm);
      if ('speakScript' in tts) {
        const script = await tts.speakScript(said, language, lineWavs, { voice: input.voice, signal });
        const narration: RenderedNarration = { language, provider: script.provider, voice: script.voice, ...(script.simulated ? { simulated: true } : {}) };
        return { narration, results: script.lines };
      }
      const results: SpeechResult[] = [];
      for (const [i, line] of said.entries()) results.push(await tts.synthesize(line, language, lineWavs[i]!, signal));
      // A plain engine: espeak-ng's voice when it is espeak-ng, else an engine the caller built (tests, scripts).
      const narration: RenderedNarration =
        tts instanceof EspeakTextToSpeech ? { language, provider: 'espeak', voice: LANGUAGE_PROFILES[language].espeakVoice } : { language, provider: 'custom', voice: 'custom' };
      return { narration, results };
    });
    for (const [i, result] of spoken.results.entries()) {
      if (!(result.durationS > 0.05)) throw new RenderError(`The speech engine produced no audio for line ${i + 1}.`);
    }
    const durations = spoken.results.map((r) => r.durationS);
    progress(RENDER_STAGE_DONE.speech);
    const timeline = planTimeline(durations);
    if (!timeline) {
      throw new RenderInputError(
        `The narration is ${durations.reduce((a, b) => a + b, 0).toFixed(1)} s long as spoken; a video is at most ${MAX_VIDEO_S} s, ` +
          `and speech is sped up at most ${MAX_TEMPO}×: shorten the script.`,
      );
    }
    const total = timeline.totalS;
    const frames = Math.round(total * FPS);

    // 3. Soundtrack: lines on the timeline (+ the clip's audio ducked), loudness-normalised.
    const soundtrack = path.join(dir, 'soundtrack.wav');
    const clipIn = clip ? clipInputs(input.media.path, clip, total) : undefined;
    const bed: BedAudio | undefined = clip?.hasAudio && clipIn ? { inputArgs: clipIn.args, count: clipIn.count } : undefined;
    const track = pickTrack(input.music ?? 'none', lines, input.filterId);
    const musicWav = track ? path.join(dir, 'music.wav') : undefined;
    if (track && musicWav) await lap('music', () => renderTrack(track, total, musicWav));
    // Then the AAC track, its true peak held under −1 dBTP as encoded (docs/renderer.md "Loudness"); the encode copies it.
    const soundtrackAac = path.join(dir, 'soundtrack.m4a');
    await lap('soundtrack', async () => {
      await buildSoundtrack(lineWavs, timeline, soundtrack, path.join(dir, 'premix.wav'), { bed, music: musicWav, signal });
      await encodeSoundtrack(soundtrack, soundtrackAac, { signal });
    });
    progress(RENDER_STAGE_DONE.soundtrack);

    // 4. Captions.
    const captionStyle = input.captionStyle ?? 'karaoke';
    const cues = lines.flatMap((line, i) => timedCuesForLine(line, spoken.results[i]!.words, timeline.starts[i]!, timeline.durations[i]!, timeline.tempo, MAX_PHRASE_CHARS, language));
    await writeFile(subtitlesPath, buildWebVtt(cues, language), 'utf8');
    const look = lookFor(input.filterId);
    /** Writes the ASS document: the captions, and the look's overlay over the pet's box in frame pixels. */
    const writeAss = (spans: BoxSpan[]) => {
      const extra = look && spans.length ? { styles: [LOOK_STYLE], events: overlayEvents(look, spans) } : { styles: [], events: [] };
      drawsAss = captionStyle !== 'none' || extra.events.length > 0;
      return writeFile(path.join(dir, 'captions.ass'), buildAss(cues, language, captionStyle, extra), 'utf8');
    };
    let drawsAss = false;

    // 5. Picture + encode (one ffmpeg run writes the MP4 and the thumbnail frame).
    const thumbFrame = Math.min(frames - 1, Math.round(frames * 0.8));
    const thumbPng = path.join(dir, 'thumbnail.png');
    const encodeTimeoutMs = 120_000 + total * 8_000;
    const common = (videoInput: string, audioIndex: number) => [
      '-filter_complex',
      `${videoInput.replace(/\[base\]$/, look ? `,${look.grade}[base]` : '[base]')};[base]split=2[vcap][vthumb];[vcap]${drawsAss ? 'ass=filename=captions.ass' : 'null'}[vout];` +
        `[vthumb]select='eq(n,${thumbFrame})',scale=in_color_matrix=bt709:in_range=tv,format=rgb24[thumb]`,
      '-map', '[vout]', '-map', `${audioIndex}:a`,
      '-c:v', 'libx264', '-preset', input.x264Preset ?? 'veryfast', '-crf', '23', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
      '-r', String(FPS), '-g', String(FPS * 2),
      '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', '-color_range', 'tv',
      '-c:a', 'copy',
      '-t', total.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', `file:${videoPath}`,
      '-map', '[thumb]', '-frames:v', '1', '-c:v', 'png', '-f', 'image2', '-update', '1', `file:${thumbPng}`,
    ];
    let fill: 'cover' | 'contain';
    if (!clip) {
      let bytes: Buffer = await readFile(input.media.path);
      if (sniffed.format === 'heic' || sniffed.format === 'heif') bytes = await lap('probe', () => decodeHeifPhoto(bytes, signal));
      const photo = await lap('probe', () => orientedSize(bytes).catch((err: unknown) => {
        if (err instanceof RenderInputError) throw err;
        throw new RenderInputError('The photo could not be read (it is damaged or not an image).', String(err), { cause: err });
      }));
      const plan = planStill(photo.width, photo.height, input.boxes as Rect[]);
      fill = plan.fill;
      const canvas = await lap('canvas', () => buildStillCanvas(bytes, photo, plan));
      // The best pet box through the move, in frame pixels, every 3 frames (0.1 s).
      const best = input.boxes[0];
      const spans: BoxSpan[] = [];
      if (look && best) {
        for (let i = 0; i < frames; i += 3) {
          const w = windowAt(canvas, plan, Math.min(frames - 1, i + 1), frames);
          const k = FRAME.width / w.width;
          const x = ((best.x - canvas.originX) * canvas.scale - w.x) * k;
          const y = ((best.y - canvas.originY) * canvas.scale - w.y) * k;
          spans.push({ startS: i / FPS, endS: Math.min(frames, i + 3) / FPS, box: { x, y, width: best.width * canvas.scale * k, height: best.height * canvas.scale * k } });
        }
      }
      await writeAss(spans);
      const sample = frameSampler(canvas);
      let framesMs = 0;
      const result = await lap('encode', () =>
        runTool(
          'ffmpeg',
          [
            '-hide_banner', '-nostdin', '-y', '-v', 'error',
            '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${FRAME.width}x${FRAME.height}`, '-framerate', String(FPS), '-i', 'pipe:0',
            '-protocol_whitelist', 'file', '-i', `file:${soundtrackAac}`,
            ...common('[0:v]setsar=1[base]', 1),
          ],
          {
            timeoutMs: encodeTimeoutMs,
            signal,
            cwd: dir,
            feed: async (stdin, alive) => {
              for (let i = 0; i < frames; i++) {
                const t0 = performance.now();
                const frame = sample(windowAt(canvas, plan, i, frames));
                framesMs += performance.now() - t0;
                if (!(await writeChunk(stdin, frame, alive))) return;
                progress(RENDER_STAGE_DONE.soundtrack + ((RENDER_STAGE_DONE.encode - RENDER_STAGE_DONE.soundtrack) * (i + 1)) / frames);
              }
            },
          },
        ),
      );
      timings.frames = Math.round(framesMs);
      if (result.code !== 0 || result.timedOut) throw new RenderError(result.timedOut ? 'Encoding the video took too long.' : `Encoding the video failed (ffmpeg exit ${result.code}).`, result.stderr);
    } else {
      const framing = planClip(clip.width, clip.height, input.boxes as Rect[]);
      fill = framing.fill;
      // Clips get the look's grade; the overlay is not placed on clips yet (docs/renderer.md "Filter looks").
      await writeAss([]);
      const result = await lap('encode', () =>
        runTool(
          'ffmpeg',
          [
            '-hide_banner', '-nostdin', '-y', '-v', 'error',
            ...clipIn!.args,
            '-protocol_whitelist', 'file', '-i', `file:${soundtrackAac}`,
            ...common(clipVideoFilter(clipIn!.count, framing.fill, framing.crop, frames, clip.toSdr).replace(/\[out\]$/, '[base]'), clipIn!.count),
          ],
          { timeoutMs: encodeTimeoutMs, signal, cwd: dir },
        ),
      );
      if (result.code !== 0 || result.timedOut) {
        if (!result.timedOut && CORRUPT_INPUT.test(result.stderr)) throw new RenderInputError('The video could not be decoded (the file is damaged).', result.stderr);
        throw new RenderError(result.timedOut ? 'Encoding the video took too long.' : `Encoding the video failed (ffmpeg exit ${result.code}).`, result.stderr);
      }
    }

    progress(RENDER_STAGE_DONE.encode);

    // 6. Thumbnail JPEG ≤ 500 KB.
    await lap('thumbnail', () => writeThumbnail(thumbPng, thumbnailPath));
    const durationS = await probeDuration(videoPath, signal);
    progress(1);
    timings.total = Math.round(performance.now() - started);
    return {
      videoPath,
      thumbnailPath,
      subtitlesPath,
      durationS,
      timings,
      lines,
      cues,
      fill,
      musicTrack: track?.id ?? null,
      filterApplied: look?.id ?? null,
      narration: spoken.narration,
      speech: spoken.results.map((r, i) => ({ ...r, startS: timeline.starts[i]! })),
    };
  } catch (err) {
    await rm(videoPath, { force: true });
    await rm(thumbnailPath, { force: true });
    await rm(subtitlesPath, { force: true });
    if (err instanceof RenderError || err instanceof RenderInputError) throw err;
    throw new RenderError('The video could not be rendered.', err instanceof Error ? err.message : String(err), { cause: err });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * A HEIC/HEIF still as an upright JPEG (libheif, lambdas/core/intake/heif.ts, the detector's decoder and
 * limits). Bad input is permanent (RenderInputError); a missing decoder is not.
 */
async function decodeHeifPhoto(bytes: Buffer, signal?: AbortSignal): Promise<Buffer> {
  try {
    return (await decodeHeif(bytes, { signal, timeoutMs: 30_000 })).jpeg;
  } catch (err) {
    if (err instanceof AppError && err.status < 500) throw new RenderInputError(`The photo could not be read (${err.message})`, undefined, { cause: err });
    if (err instanceof RenderError) throw err;
    throw new RenderError('The HEIC/HEIF decoder failed.', err instanceof Error ? err.message : String(err), { cause: err });
  }
}

async function writeThumbnail(png: string, out: string): Promise<void> {
  const bytes = await readFile(png).catch((err: unknown) => {
    throw new RenderError('The thumbnail frame was not written.', String(err), { cause: err });
  });
  for (const quality of [82, 70, 55, 40]) {
    const jpeg = await safeSharp(bytes).jpeg({ quality, mozjpeg: true }).toBuffer();
    if (jpeg.length <= MAX_THUMBNAIL_BYTES) {
      await writeFile(out, jpeg);
      return;
    }
  }
  throw new RenderError('The thumbnail could not be made small enough.');
}

async function probeDuration(file: string, signal?: AbortSignal): Promise<number> {
  const result = await runTool('ffprobe', ['-v', 'error', '-show_entries', 'format=duration', '-of', 'csv=p=0', `file:${file}`], { timeoutMs: 20_000, signal });
  const duration = Number(result.stdout.toString('utf8').trim());
  if (result.code !== 0 || !(duration > 0)) throw new RenderError('The rendered video could not be read back.', result.stderr);
  await stat(file);
  return Math.round(duration * 1000) / 1000;
}
