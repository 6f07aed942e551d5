import type { CaptionCue } from './captions.js';

/**
 * The subtitles of a built-in video as data (docs/renderer.md "Subtitles"): a WebVTT file (W3C WebVTT,
 * "WebVTT: The Web Video Text Tracks Format") with one cue per caption phrase and the words timed inside
 * it with cue timestamp tags (`<00:00:01.200>`), so an app can show accessible captions, its own
 * styling or its own karaoke. Served as `text/vtt` beside the video (`subtitles_url`).
 */

/** WebVTT timestamp `HH:MM:SS.mmm`. */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`;
}

/**
 * Escapes cue text: `&`, `<` and `>` become character references (WebVTT cue text would read them as
 * markup), and a line break becomes a space (a blank line would end the cue).
 */
export function escapeVttText(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/gu, ' ').replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/**
 * The WebVTT document of `cues`. A cue's payload is its words separated by spaces, each word after the
 * first preceded by its start as a timestamp tag when that lies strictly inside the cue (the format
 * requires tags after the cue's start and before its end, in increasing order); without word timings,
 * the phrase as it is. `language` is recorded in the header (`Language:`, a metadata header that
 * players ignore).
 */
export function buildWebVtt(cues: readonly CaptionCue[], language: string): string {
  const out = ['WEBVTT', `Language: ${language}`, ''];
  cues.forEach((cue, i) => {
    let payload: string;
    if (cue.words?.length) {
      const end = vttTime(cue.endS);
      let last = vttTime(cue.startS);
      payload = cue.words
        .map((word, k) => {
          const stamp = vttTime(word.startS);
          const tagged = k > 0 && stamp > last && stamp < end;
          if (tagged) last = stamp;
          return `${tagged ? `<${stamp}>` : ''}${escapeVttText(word.text)}`;
        })
        .join(' ');
    } else payload = escapeVttText(cue.text);
    out.push(String(i + 1), `${vttTime(cue.startS)} --> ${vttTime(cue.endS)}`, payload, '');
  });
  return out.join('\n');
}
