import { pollyWordTimings, type PollySpeechMark } from '../../../lambdas/adapters/polly-tts.js';
import { scriptWords } from '../../../lambdas/engines/speech/words.js';

/** Polly-shaped `word` marks (UTF-8 byte offsets, ms) for each word of `text` starting at `starts`, run through pollyWordTimings. */
export function parsePollyMarksForTest(text: string, starts: number[], durationS: number) {
  const marks: PollySpeechMark[] = scriptWords(text).map((w, i) => ({
    time: Math.round(starts[i]! * 1000),
    type: 'word',
    start: Buffer.byteLength(text.slice(0, w.charStart)),
    end: Buffer.byteLength(text.slice(0, w.charEnd)),
    value: w.word,
  }));
  return pollyWordTimings(text, marks, durationS);
}
