/**
 * The built-in roast renderer (docs/renderer.md): turns a validated pet photo or clip and the roast
 * script into a narrated, captioned 720×1280 H.264/AAC MP4 and a JPEG thumbnail, on this machine, with
 * ffmpeg, espeak-ng, libass and the Noto fonts. No AWS SDK here; the provider adapter uploads the files.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LanguageCode } from '../../domain/languages.js';
import { AppError } from '../../domain/errors.js';
import { decodeHeif } from '../intake/index.js';
import { safeSharp } from '../intake/index.js';
import { buildSoundtrack, encodeSoundtrack, planTimeline, MAX_TEMPO, MAX_VIDEO_S, type BedAudio } from './audio.js';
import { buildAss, FRAME, MAX_PHRASE_CHARS, timedCuesForLine, type CaptionCue, type CaptionStyle } from './captions.js';
import { clipInputs, clipOverlaySpans, clipVideoFilter, CORRUPT_INPUT, probeClip, sniffFile, type ClipBox } from './clip.js';
import { RenderError, RenderInputError } from './errors.js';
import { planClip, planStill, type Rect, type StillPlan } from './framing.js';
import { runTool, toolFailure } from './process.js';
import { buildStillCanvas, frameSampler, gradeCanvas, orientedSize, windowAt, type StillCanvas } from './still.js';
import { pickTrack, renderTrack, type MusicChoice } from './music.js';
import { prepareCallerTrack, probeCallerTrack } from './caller-track.js';
import type { AudioFormat } from '@pet-roast/protocol';
import { LOOK_STYLE, lookFor, overlayArea, overlayEvents, type BoxSpan, type FilterLook } from './looks.js';
import { cleanLine, narrationLines, spokenForm } from './text.js';
import { endCardWindow, OPENER, titleAss } from './titles.js';
import type { ClientOutro } from '../../domain/auth/clients.js';
import { nativeNames } from '../speech/index.js';
import { buildWebVtt } from './webvtt.js';
import { SpeechError } from '../speech/index.js';
import { EspeakTextToSpeech } from '../speech/index.js';
import type { ScriptNarrator } from '../speech/index.js';
import type { SpeechResult, TextToSpeech, VoicePreference } from '../speech/index.js';
import { LANGUAGE_PROFILES } from '../speech/index.js';

export { RenderError, RenderInputError, isPermanentRenderError } from './errors.js';
export { CAPTION_STYLES, type CaptionCue, type CaptionStyle, type CaptionWord } from './captions.js';
export { buildWebVtt } from './webvtt.js';
export { MUSIC_TRACKS, MUSIC_TRACK_IDS, pickTrack, roastMood, type MusicChoice, type MusicTrack } from './music.js';

export interface BuiltinRenderInput {
  /** Validated media on local disk; its type is re-read from magic bytes and must match `kind`. */
  media: { path: string; kind: 'image' | 'video' };
  /** Pets' boxes in pixels of the EXIF-oriented original (API `Box`, lambdas/domain/schemas/media.ts); may be empty. */
  boxes: Array<{ x: number; y: number; width: number; height: number }>;
  /**
   * Video input: the roast subject's box in each sampled frame (display pixels, `timeS` into the clip;
   * the job's `pet_track` through `subjectTrack`). The look's overlay follows it; without it the overlay
   * holds `boxes[0]`.
   */
  subjectTrack?: ClipBox[];
  /** The narration, one caption phrase group per line, already in the language's own script. */
  script: { lines: string[]; language: LanguageCode };
  /** Scratch directory (e.g. under os.tmpdir()); the outputs are written here, intermediates removed. */
  workDir: string;
  /** Aborting kills every child process and rejects with RenderError (`aborted: true`). */
  signal?: AbortSignal;
  /**
   * Speech engine; default espeak-ng. A {@link ScriptNarrator} (engines/speech/service.ts) speaks the whole
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
  /**
   * A caller's own track (`music_url`, fetched and sniffed by lambdas/engines/intake/music-fetch.ts) on local
   * disk: when given it is the bed and `music` is ignored (docs/renderer.md "Music").
   */
  callerMusic?: { path: string; format: AudioFormat };
  /** The job's catalogue filter, when it has one (a mood hint for `music: auto`). */
  filterId?: string | null;
  /**
   * The opener (docs/renderer.md "Opener and end card"): the first ~1 s shows `title`, the video's title in the
   * narration language (writer/title.ts `videoTitle`; cleaned like a caption line). Absent: no opener (the
   * default here; jobs always have one, `Narration.title`).
   */
  opener?: { title: string };
  /** The API client's end card (docs/tenancy.md "End card"): shown after the last line. Absent: no end card. */
  outro?: ClientOutro;
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
 * timings of `npm run bench:render` (photo on an idle 2-core machine: speech ≈ 0.1 s with the still
 * prepared beside it; then the picture's encode ≈ 5 s with the soundtrack ≈ 1.5 s built beside it; mux,
 * thumbnail and read-back ≈ 0.3 s). A photo's encode moves from `speech` to `encode` frame by frame; a
 * clip's encode (one ffmpeg run over the clip) in one step, once it and the soundtrack have ended.
 */
export const RENDER_STAGE_DONE = { speech: 0.05, encode: 0.95 } as const;

export interface BuiltinRenderOutput {
  /** MP4 in `workDir`: H.264 High yuv420p 720×1280 30 fps + AAC 48 kHz mono, moov first. */
  videoPath: string;
  /** JPEG 720×1280, at most 500 KB, in `workDir`. */
  thumbnailPath: string;
  /** WebVTT subtitles in `workDir` (docs/renderer.md "Subtitles"): one cue per phrase, words timed inside. */
  subtitlesPath: string;
  /** Video length in seconds (narration + 1.1 s, or + 1.7 s with an end card; at most 60 s). */
  durationS: number;
  /**
   * Milliseconds per stage: probe, speech, canvas (photo), music, soundtrack, encode, frames (the photo
   * resampler's share of encode), mux, thumbnail, total. Some overlap: the canvas is made during speech,
   * and music + soundtrack during encode (docs/renderer.md "Speed").
   */
  timings: Record<string, number>;
  /** The narrated lines after cleaning (what was spoken and shown). */
  lines: string[];
  /** Caption cues (phrases, with their timed words), as burned in unless `captionStyle` is `none`. */
  cues: CaptionCue[];
  /** How the picture was framed ('cover' crop or 'contain' over a blurred copy). */
  fill: 'cover' | 'contain';
  /** The music track that played under the voice ({@link CALLER_MUSIC_TRACK} for a caller's own), or null. */
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

/** `musicTrack` (the result's `music_track`) when the caller's own track (`music_url`) played. */
export const CALLER_MUSIC_TRACK = 'caller';

/** Thumbnails larger than this are re-encoded at a lower quality (bytes). */
export const MAX_THUMBNAIL_BYTES = 500 * 1024;
const FPS = 30;
/**
 * Photo frames in flight to the encoder (frameSampler output slots): Node resamples up to this many
 * frames ahead of ffmpeg's reads, each written straight from the kernel's memory.
 */
const FRAME_SLOTS = 3;

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
  // Every step runs under `stages`: aborted by the caller's signal, and by the render itself when one of
  // its concurrent steps fails (the others are then stopped, not left running).
  const stages = new AbortController();
  const forwardAbort = () => stages.abort(input.signal?.reason);
  if (input.signal?.aborted) forwardAbort();
  else input.signal?.addEventListener('abort', forwardAbort, { once: true });
  const { signal } = stages;
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
    // A caller's track is probed before anything is spoken, so a bad one fails the job at once.
    const callerMusic = input.callerMusic;
    const callerTrack = callerMusic ? await lap('probe', () => probeCallerTrack(callerMusic.path, callerMusic.format, signal)) : undefined;
    const look = lookFor(input.filterId);
    // A photo's still (decode, framing, canvas, the look's grade) does not depend on the narration: it is
    // prepared while the narration is spoken (docs/renderer.md "Speed"), and awaited in step 5.
    const still = clip ? undefined : prepareStill(input.media.path, sniffed.format, input.boxes as Rect[], look, lap, signal);
    // Awaited later; a failure meanwhile (the speech failed first) is not an unhandled rejection.
    still?.catch(() => undefined);

    // 2. Narration, one WAV per line, so every caption is timed to its own line.
    const lineWavs = lines.map((_, i) => path.join(dir, `line-${i}.wav`));
    const spoken = await lap('speech', async () => {
      // Every engine reads the normalised form (text.ts spokenForm) with Latin-script names re-spelled in the
      // narration's script (engines/speech/latin-names.ts); the captions keep the lines as written.
      const said = await nativeNames(lines.map(spokenForm), language, signal);
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
    }).catch(throwAsRenderError);
    for (const [i, result] of spoken.results.entries()) {
      if (!(result.durationS > 0.05)) throw new RenderError(`The speech engine produced no audio for line ${i + 1}.`);
    }
    const durations = spoken.results.map((r) => r.durationS);
    progress(RENDER_STAGE_DONE.speech);
    const planned = planTimeline(durations);
    if (!planned) {
      throw new RenderInputError(
        `The narration is ${durations.reduce((a, b) => a + b, 0).toFixed(1)} s long as spoken; a video is at most ${MAX_VIDEO_S} s, ` +
          `and speech is sped up at most ${MAX_TEMPO}×: shorten the script.`,
      );
    }
    // The end card follows the last line; the video grows to hold it (titles.ts), the voice's times are unchanged.
    const endCard = input.outro ? { outro: input.outro, window: endCardWindow(planned) } : undefined;
    const timeline = endCard ? { ...planned, totalS: endCard.window.totalS } : planned;
    const total = timeline.totalS;
    const frames = Math.round(total * FPS);

    // 3. Soundtrack: lines on the timeline (+ the clip's audio ducked), loudness-normalised; then the AAC
    // track, its true peak held under −1 dBTP as encoded (docs/renderer.md "Loudness"). It runs while the
    // picture is encoded (step 5): the two share nothing until the mux.
    const soundtrack = path.join(dir, 'soundtrack.wav');
    const clipIn = clip ? clipInputs(input.media.path, clip, total) : undefined;
    const bed: BedAudio | undefined = clip?.hasAudio && clipIn ? { inputArgs: clipIn.args, count: clipIn.count } : undefined;
    const track = callerTrack ? undefined : pickTrack(input.music ?? 'none', lines, input.filterId);
    const musicWav = track || callerTrack ? path.join(dir, 'music.wav') : undefined;
    const soundtrackAac = path.join(dir, 'soundtrack.m4a');
    // The music bed and the mixed, AAC-encoded soundtrack, its true peak held under −1 dBTP as encoded
    // (docs/renderer.md "Loudness"); made while the picture encodes, then muxed in step 6.
    const soundtrackDone = (async () => {
      let musicGainDb = 0;
      if (track && musicWav) await lap('music', () => renderTrack(track, total, musicWav));
      if (callerTrack && musicWav) musicGainDb = (await lap('music', () => prepareCallerTrack(callerTrack, total, musicWav, signal))).gainDb;
      await lap('soundtrack', async () => {
        await buildSoundtrack(lineWavs, timeline, soundtrack, path.join(dir, 'premix.wav'), { bed, music: musicWav, musicGainDb, signal });
        await encodeSoundtrack(soundtrack, soundtrackAac, { signal });
      });
    })();

    // 4. Captions.
    const captionStyle = input.captionStyle ?? 'karaoke';
    const cues = lines.flatMap((line, i) => timedCuesForLine(line, spoken.results[i]!.words, timeline.starts[i]!, timeline.durations[i]!, timeline.tempo, MAX_PHRASE_CHARS, language));
    await writeFile(subtitlesPath, buildWebVtt(cues, language), 'utf8');
    /** Writes the ASS document: the captions, and the look's overlay over the pet's box in frame pixels. */
    const writeAss = (spans: BoxSpan[]) => {
      const title = input.opener ? cleanLine(input.opener.title) : '';
      const titles = titleAss({ language, title: title || undefined, endCard });
      // The overlay is revealed as the opener's title goes, so the two never share the picture (docs/renderer.md "Filter looks").
      const area = overlayArea(language, title ? OPENER.endS : 0);
      const extra = look && spans.length ? { styles: [LOOK_STYLE, ...titles.styles], events: [...overlayEvents(look, spans, area), ...titles.events] } : titles;
      drawsAss = captionStyle !== 'none' || extra.events.length > 0;
      return writeFile(path.join(dir, 'captions.ass'), buildAss(cues, language, captionStyle, extra), 'utf8');
    };
    let drawsAss = false;

    // 5. Picture (one ffmpeg run writes the video stream and the thumbnail frame), while step 3 runs.
    const thumbFrame = Math.min(frames - 1, Math.round(frames * 0.8));
    const thumbPng = path.join(dir, 'thumbnail.png');
    const pictureMp4 = path.join(dir, 'picture.mp4');
    const encodeTimeoutMs = 120_000 + total * 8_000;
    /** `grade`: the look's grade is applied in this graph (a clip); a photo's canvas was graded once before. */
    const common = (videoInput: string, grade: boolean) => [
      '-filter_complex',
      `${videoInput.replace(/\[base\]$/, look && grade ? `,${look.grade}[base]` : '[base]')};[base]split=2[vcap][vthumb];[vcap]${drawsAss ? 'ass=filename=captions.ass' : 'null'}[vout];` +
        `[vthumb]select='eq(n,${thumbFrame})',scale=in_color_matrix=bt709:in_range=tv,format=rgb24[thumb]`,
      '-map', '[vout]',
      '-c:v', 'libx264', '-preset', input.x264Preset ?? 'veryfast', '-crf', '23', '-profile:v', 'high', '-pix_fmt', 'yuv420p',
      '-r', String(FPS), '-g', String(FPS * 2),
      '-color_primaries', 'bt709', '-color_trc', 'bt709', '-colorspace', 'bt709', '-color_range', 'tv',
      '-t', total.toFixed(3), '-f', 'mp4', `file:${pictureMp4}`,
      '-map', '[thumb]', '-frames:v', '1', '-c:v', 'png', '-f', 'image2', '-update', '1', `file:${thumbPng}`,
    ];
    const encodePicture = async (): Promise<'cover' | 'contain'> => {
      if (still) {
        const { plan, canvas } = await still;
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
        const sample = frameSampler(canvas, FRAME_SLOTS);
        /** Per slot: settles once the pipe has taken the frame last written from it. */
        const handedOver: Array<Promise<unknown>> = [];
        let framesMs = 0;
        const result = await lap('encode', () =>
          runTool(
            'ffmpeg',
            [
              '-hide_banner', '-nostdin', '-y', '-v', 'error',
              '-f', 'rawvideo', '-pix_fmt', 'yuv420p', '-s', `${FRAME.width}x${FRAME.height}`, '-framerate', String(FPS), '-i', 'pipe:0',
              ...common('[0:v]setsar=1[base]', false),
            ],
            {
              timeoutMs: encodeTimeoutMs,
              signal,
              cwd: dir,
              feed: async (stdin, alive) => {
                for (let i = 0; i < frames; i++) {
                  // The slot about to be rewritten must have been taken by the pipe (frameSampler's contract);
                  // this also bounds what waits in the stream to FRAME_SLOTS frames (backpressure).
                  await handedOver[i % FRAME_SLOTS];
                  if (!alive() || stdin.destroyed) return;
                  const t0 = performance.now();
                  const frame = sample(windowAt(canvas, plan, i, frames));
                  framesMs += performance.now() - t0;
                  // The callback runs once the frame is written, or with an error when the pipe is gone.
                  handedOver[i % FRAME_SLOTS] = new Promise((resolve) => stdin.write(frame, resolve));
                  progress(RENDER_STAGE_DONE.speech + ((RENDER_STAGE_DONE.encode - RENDER_STAGE_DONE.speech) * (i + 1)) / frames);
                }
              },
            },
          ),
        );
        timings.frames = Math.round(framesMs);
        if (result.code !== 0 || result.timedOut) throw new RenderError(result.timedOut ? 'Encoding the video took too long.' : `Encoding the video failed (ffmpeg exit ${result.code}).`, result.stderr);
        return plan.fill;
      }
      const framing = planClip(clip!.width, clip!.height, input.boxes as Rect[]);
      // The look's overlay follows the subject through the clip (its box per sampled frame, interpolated).
      const best = input.boxes[0];
      const subjectTrack: ClipBox[] = input.subjectTrack?.length ? input.subjectTrack : best ? [{ timeS: 0, ...best }] : [];
      await writeAss(look ? clipOverlaySpans(subjectTrack, clip!, framing, frames, FPS) : []);
      const result = await lap('encode', () =>
        runTool(
          'ffmpeg',
          [
            '-hide_banner', '-nostdin', '-y', '-v', 'error',
            ...clipIn!.args,
            ...common(clipVideoFilter(clipIn!.count, framing.fill, framing.crop, frames, clip!.toSdr).replace(/\[out\]$/, '[base]'), true),
          ],
          { timeoutMs: encodeTimeoutMs, signal, cwd: dir },
        ),
      );
      if (result.code !== 0 || result.timedOut) {
        if (!result.timedOut && CORRUPT_INPUT.test(result.stderr)) throw new RenderInputError('The video could not be decoded (the file is damaged).', result.stderr);
        throw new RenderError(result.timedOut ? 'Encoding the video took too long.' : `Encoding the video failed (ffmpeg exit ${result.code}).`, result.stderr);
      }
      return framing.fill;
    };

    // Steps 3 and 5 together: the first to fail stops the other, and its error is the render's.
    let firstError: unknown;
    const failed = (err: unknown): never => {
      firstError ??= err;
      stages.abort();
      throw err;
    };
    const [, pictured] = await Promise.allSettled([soundtrackDone.catch(failed), encodePicture().catch(failed)]);
    if (firstError !== undefined || pictured.status !== 'fulfilled') throw firstError;
    const fill = pictured.value;

    // 6. The MP4: the picture and the soundtrack stream-copied together, moov first.
    await lap('mux', async () => {
      const muxed = await runTool(
        'ffmpeg',
        [
          '-hide_banner', '-nostdin', '-y', '-v', 'error',
          '-protocol_whitelist', 'file', '-i', `file:${pictureMp4}`, '-protocol_whitelist', 'file', '-i', `file:${soundtrackAac}`,
          '-map', '0:v', '-map', '1:a', '-c', 'copy', '-t', total.toFixed(3), '-movflags', '+faststart', '-f', 'mp4', `file:${videoPath}`,
        ],
        { timeoutMs: 60_000, signal },
      );
      if (muxed.code !== 0 || muxed.timedOut) throw toolFailure('ffmpeg', 'muxing the video', muxed);
    });

    progress(RENDER_STAGE_DONE.encode);

    // 7. Thumbnail JPEG ≤ 500 KB.
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
      musicTrack: callerTrack ? CALLER_MUSIC_TRACK : (track?.id ?? null),
      filterApplied: look?.id ?? null,
      narration: spoken.narration,
      speech: spoken.results.map((r, i) => ({ ...r, startS: timeline.starts[i]! })),
    };
  } catch (err) {
    // Stop whatever still runs (the still's preparation when the speech failed first).
    stages.abort();
    await rm(videoPath, { force: true });
    await rm(thumbnailPath, { force: true });
    await rm(subtitlesPath, { force: true });
    if (err instanceof RenderError || err instanceof RenderInputError) throw err;
    throw new RenderError('The video could not be rendered.', err instanceof Error ? err.message : String(err), { cause: err });
  } finally {
    input.signal?.removeEventListener('abort', forwardAbort);
    await rm(dir, { recursive: true, force: true });
  }
}

/** A stage timer of renderRoastVideo: runs `work` and records its milliseconds under `name`. */
type Lap = <T>(name: string, work: () => Promise<T>) => Promise<T>;

/**
 * The photo path's still: the photo decoded (HEIC/HEIF through libheif), its framing planned from the
 * pets' boxes, the canvas composed and, with a filter look, graded once (still.ts).
 * @throws RenderInputError when the photo cannot be read.
 */
async function prepareStill(file: string, format: string, boxes: Rect[], look: FilterLook | undefined, lap: Lap, signal: AbortSignal): Promise<{ plan: StillPlan; canvas: StillCanvas }> {
  let bytes: Buffer = await readFile(file);
  if (format === 'heic' || format === 'heif') bytes = await lap('probe', () => decodeHeifPhoto(bytes, signal));
  const photo = await lap('probe', () =>
    orientedSize(bytes).catch((err: unknown) => {
      if (err instanceof RenderInputError) throw err;
      throw new RenderInputError('The photo could not be read (it is damaged or not an image).', String(err), { cause: err });
    }),
  );
  const plan = planStill(photo.width, photo.height, boxes);
  const canvas = await lap('canvas', async () => {
    const built = await buildStillCanvas(bytes, photo, plan);
    // The look's grade, once on the still rather than on every frame.
    return look ? gradeCanvas(built, look.grade, signal) : built;
  });
  return { plan, canvas };
}

/**
 * A HEIC/HEIF still as an upright JPEG (libheif, lambdas/engines/intake/heif.ts, the detector's decoder and
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

/**
 * The speech engine's errors as the renderer's (docs/renderer.md "Errors"), message and detail unchanged:
 * a retryable SpeechError is a RenderError (an aborted narration is the render aborted), a permanent one
 * a RenderInputError. Anything else is thrown as it is.
 */
function throwAsRenderError(err: unknown): never {
  if (!(err instanceof SpeechError)) throw err;
  if (err.aborted) throw new RenderError('The render was aborted.', err.detail, { cause: err, aborted: true });
  if (!err.retryable) throw new RenderInputError(err.message, err.detail, { cause: err });
  throw new RenderError(err.message, err.detail, { cause: err });
}
