import type { AudioFormat } from '@pet-roast/protocol';
import { RenderError, RenderInputError } from './errors.js';
import { MUSIC_FADE_IN_S, MUSIC_FADE_OUT_S } from './music.js';
import { runTool, toolFailure } from './process.js';

/**
 * A caller's own music track (`music_url`, docs/renderer.md "Music"): probed for an audio stream and its
 * length, then made into the bed every track is: the video's length (looped when shorter, its first part
 * when longer), faded in and out like the project's tracks, mono 48 kHz, at the loudness of the project's
 * tracks so the mix (MUSIC_GAIN, the ducking, the 8 dB margin under the voice) behaves the same.
 */

/** A track shorter than this is refused (looping a blip is a buzz, not a bed). */
export const MIN_CALLER_TRACK_S = 1;
/** A track longer than this is refused: 10 min (a song or a long mix; anything longer is not a music bed). */
export const MAX_CALLER_TRACK_S = 600;
/**
 * Integrated loudness a caller's track is brought to before the mix, LUFS: the project's own tracks measure
 * −21.6 to −22.4 LUFS (20 s renders of music.ts, which peak at −6 dBFS; ffmpeg ebur128), so −22.
 */
export const CALLER_TRACK_LUFS = -22;
/** Quieter than this (LUFS) counts as silent. */
const SILENT_LUFS = -60;

/** The demuxer forced for each audio format: one demuxer, local files only (as the intake does for video). */
const DEMUXERS: Record<AudioFormat, { force: string; whitelist: string; extra: string[] }> = {
  mp3: { force: 'mp3', whitelist: 'mp3', extra: [] },
  aac: { force: 'aac', whitelist: 'aac', extra: [] },
  m4a: { force: 'mov', whitelist: 'mov,mp4,m4a,3gp,3g2,mj2', extra: ['-enable_drefs', '0'] },
  wav: { force: 'wav', whitelist: 'wav', extra: [] },
  ogg: { force: 'ogg', whitelist: 'ogg', extra: [] },
  flac: { force: 'flac', whitelist: 'flac', extra: [] },
};

/** Input options placed before the track's `-i`. */
export function audioInputArgs(format: AudioFormat): string[] {
  const d = DEMUXERS[format];
  return ['-protocol_whitelist', 'file', '-format_whitelist', d.whitelist, '-f', d.force, ...d.extra];
}

/** What {@link probeCallerTrack} found. */
export interface CallerTrack {
  path: string;
  format: AudioFormat;
  /** Seconds. */
  durationS: number;
}

interface ProbeJson {
  format?: { duration?: string };
  streams?: Array<{ codec_type?: string; duration?: string; disposition?: { attached_pic?: number } }>;
}

const minutes = (s: number) => `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`;

/**
 * Probes the track: it must hold an audio stream and no moving picture (a cover image is allowed), and last
 * {@link MIN_CALLER_TRACK_S}–{@link MAX_CALLER_TRACK_S} seconds.
 * @throws RenderInputError (permanent, the job fails with the message) when it cannot be read, is not audio,
 *   or its length is out of bounds
 */
export async function probeCallerTrack(path: string, format: AudioFormat, signal?: AbortSignal): Promise<CallerTrack> {
  const result = await runTool(
    'ffprobe',
    ['-hide_banner', '-v', 'error', ...audioInputArgs(format), '-show_entries', 'format=duration:stream=codec_type,duration:stream_disposition=attached_pic', '-of', 'json', `file:${path}`],
    { timeoutMs: 20_000, signal },
  );
  const unreadable = `music_url: the file could not be read as ${format.toUpperCase()} audio (it is damaged or not what its header says).`;
  if (result.code !== 0 || result.timedOut) throw new RenderInputError(unreadable, result.stderr);
  let probe: ProbeJson;
  try {
    probe = JSON.parse(result.stdout.toString('utf8')) as ProbeJson;
  } catch (cause) {
    throw new RenderInputError(unreadable, result.stdout.toString('utf8').slice(0, 500), { cause });
  }
  const streams = probe.streams ?? [];
  const audio = streams.find((s) => s.codec_type === 'audio');
  if (streams.some((s) => s.codec_type === 'video' && !s.disposition?.attached_pic)) {
    throw new RenderInputError('music_url: the file is a video, not an audio track. Send an MP3, AAC/M4A, WAV, Ogg (Vorbis or Opus) or FLAC file.');
  }
  if (!audio) throw new RenderInputError('music_url: the file has no audio stream.');
  const durationS = Number(probe.format?.duration ?? audio.duration ?? NaN);
  if (!(durationS > 0)) throw new RenderInputError('music_url: the length of the track could not be read.');
  if (durationS > MAX_CALLER_TRACK_S) {
    throw new RenderInputError(`music_url: the track is ${minutes(durationS)} long; the limit is ${minutes(MAX_CALLER_TRACK_S)} (the video uses at most its first 60 s).`);
  }
  if (durationS < MIN_CALLER_TRACK_S) throw new RenderInputError(`music_url: the track is ${durationS.toFixed(2)} s long; at least ${MIN_CALLER_TRACK_S} s is needed.`);
  return { path, format, durationS };
}

/**
 * Writes the bed: the track decoded from its start for `durationS` (looped with `-stream_loop` when
 * shorter), mono 48 kHz, faded in over MUSIC_FADE_IN_S and out over the last MUSIC_FADE_OUT_S, its
 * loudness measured by `ebur128` on the faded bed in the same pass.
 * @returns the gain (dB) that brings it to {@link CALLER_TRACK_LUFS}, for the mix (audio.ts `musicGainDb`)
 * @throws RenderInputError when the track is silent or cannot be decoded; RenderError when ffmpeg fails otherwise
 */
export async function prepareCallerTrack(track: CallerTrack, durationS: number, outWav: string, signal?: AbortSignal): Promise<{ gainDb: number }> {
  const total = durationS.toFixed(3);
  const fadeOutAt = Math.max(0, durationS - MUSIC_FADE_OUT_S).toFixed(3);
  const decoded = await runTool(
    'ffmpeg',
    [
      '-hide_banner', '-nostdin', '-nostats', '-y', '-v', 'info',
      ...(track.durationS < durationS ? ['-stream_loop', '-1'] : []),
      ...audioInputArgs(track.format), '-i', `file:${track.path}`,
      '-map', '0:a:0', '-t', total,
      '-af', `aresample=48000,asetpts=N/SR/TB,aformat=sample_fmts=fltp:channel_layouts=mono,apad=whole_dur=${total},atrim=end=${total},afade=t=in:d=${MUSIC_FADE_IN_S},afade=t=out:st=${fadeOutAt}:d=${MUSIC_FADE_OUT_S},ebur128`,
      '-c:a', 'pcm_f32le', `file:${outWav}`,
    ],
    { timeoutMs: 60_000, signal },
  );
  if (decoded.code !== 0 || decoded.timedOut) {
    if (!decoded.timedOut && /Invalid data|error while decoding|corrupt/i.test(decoded.stderr)) {
      throw new RenderInputError('music_url: the track could not be decoded (the file is damaged).', decoded.stderr);
    }
    throw toolFailure('ffmpeg', 'decoding the music track', decoded);
  }
  const summary = decoded.stderr.slice(decoded.stderr.lastIndexOf('Summary:'));
  const match = /I:\s*(-?inf|-?[\d.]+) LUFS/.exec(summary);
  if (!match) throw new RenderError('The loudness of the music track could not be measured.', decoded.stderr.slice(-2000));
  const lufs = match[1]!.endsWith('inf') ? -Infinity : Number(match[1]);
  if (!(lufs > SILENT_LUFS)) throw new RenderInputError('music_url: the track is silent.');
  return { gainDb: Math.round((CALLER_TRACK_LUFS - lufs) * 100) / 100 };
}
