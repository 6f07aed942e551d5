import { describe, expect, it } from 'vitest';
import { AppError } from '../../../lambdas/domain/errors.js';
import { LANGUAGE_CODES, type LanguageCode } from '../../../lambdas/domain/languages.js';
import { classifyProviderError } from '../../../lambdas/domain/providers/video-provider.js';
import { protectTokens, restoreTokens } from '../../../lambdas/engines/translation/placeholders.js';
import { isWrittenIn } from '../../../lambdas/domain/scripts.js';
import { isScriptMismatch, translateText } from '../../../lambdas/engines/translation/service.js';
import type { TranslationProvider } from '../../../lambdas/engines/translation/types.js';
import { romanize, SIMULATED_MARKER, simulateTranslation } from '../../../local/simulators/indictrans2.js';

/**
 * Field cases 9 and 10 (issue 13): social text (URLs, @handles, #hashtags, e-mails, numbers) through
 * translation, the chunk-end sentence mark, the job failure reason, and the IndicTrans2 simulator's
 * fidelity in all 13 languages.
 */

/** A provider that records what it was sent and answers with `answer(chunk)`. */
function recordingProvider(answer: (chunk: string) => string, limits: { maxChunkChars?: number } = {}) {
  const sent: string[][] = [];
  const provider: TranslationProvider = {
    name: 'indictrans2',
    model: 'fake',
    ...limits,
    supports: () => true,
    translate: async (texts) => {
      sent.push(texts);
      return texts.map(answer);
    },
  };
  return { provider, sent };
}

describe('Case 9: placeholders before any provider call', () => {
  it('the field case: a correct Hindi translation that keeps the handle is accepted, not an "English echo"', async () => {
    // Prepare: the model copies the placeholder through, as IndicTrans2 does
    const { provider, sent } = recordingProvider(() => 'अरे <ID1> तुम आलसी कुत्ते');

    // Act
    const res = await translateText({ text: 'Hey @bruno_the_beagle_official you lazy dog', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] });

    // Assess: the provider never saw the handle; the answer has it back
    expect(sent).toEqual([['Hey <ID1> you lazy dog']]);
    expect(res.translated_text).toBe('अरे @bruno_the_beagle_official तुम आलसी कुत्ते');
  });

  it.each([
    ['a URL', 'Look at https://pets.example.com/bruno?x=1, so lazy', ['https://pets.example.com/bruno?x=1']],
    ['an e-mail', 'Write to owner.name+pets@mail.example.org today', ['owner.name+pets@mail.example.org']],
    ['a hashtag and a handle', 'So #lazydog much @bruno.the.beagle wow', ['#lazydog', '@bruno.the.beagle']],
    ['decimal, thousands and time numbers', 'He ate 2.5 kg and 1,000 treats at 10:30', ['2.5', '1,000', '10:30']],
    ['a text that already contains <ID1>', 'keep <ID1> as typed', ['<ID1>']],
  ])('sibling: %s is replaced by placeholders and restored exactly', (_name, text, tokens) => {
    const guarded = protectTokens(text);
    expect(guarded.tokens).toEqual(tokens);
    for (const token of tokens.filter((t) => !/^<ID\d+>$/.test(t))) expect(guarded.text).not.toContain(token);
    expect(restoreTokens(guarded.text, guarded.tokens)).toBe(text);
  });

  it('restores placeholders a model re-spaced or re-cased, and appends one it dropped', () => {
    const { text, tokens } = protectTokens('Hi @a and @b');
    expect(text).toBe('Hi <ID1> and <ID2>');
    expect(restoreTokens('नमस्ते < id 1 > और', tokens)).toBe('नमस्ते @a और @b');
  });

  it('leaves placeholders out of the script check: a handle-only caption with a short Tamil answer passes', async () => {
    const { provider } = recordingProvider((chunk) => chunk.replace('look', 'பாருங்கள்'));
    const res = await translateText({ text: '@very_long_handle_of_the_dog_account look #sleepy_dog_of_the_day', source_lang: 'en', target_lang: 'ta' }, { providers: [provider] });
    expect(res.translated_text).toBe('@very_long_handle_of_the_dog_account பாருங்கள் #sleepy_dog_of_the_day');
  });

  it('a real English echo is still refused, and that failure is final for the render worker, named as translation', async () => {
    const { provider } = recordingProvider((chunk) => chunk);
    const err = await translateText({ text: 'Hey @bruno you lazy dog who sleeps all day long', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] }).then(
      () => undefined,
      (e: unknown) => e as AppError,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err!.code).toBe('translation_provider_error');
    expect(err!.message).toMatch(/^Translation provider 'indictrans2' returned text that is not in the Devanagari script/);
    expect(isScriptMismatch(err)).toBe(true);
    // Not retried as a transient video-provider failure.
    expect(classifyProviderError(err)).toBe('permanent');
    expect(classifyProviderError(new AppError(502, 'translation_provider_error', 'timeout'))).toBe('transient');
  });
});

describe('Case 9: the chunker and sentence marks the model adds', () => {
  it('a long unpunctuated caption cut into chunks loses the dandas the model put at each cut', async () => {
    // Prepare: chunks of at most 30 characters; the model ends every chunk with a danda
    const text = 'my lazy dog sleeps on the sofa all day and then he sleeps on my bed all night';
    const { provider, sent } = recordingProvider((chunk) => `${simulateTranslation(chunk, 'en', 'hi').slice(SIMULATED_MARKER.length)}।`, { maxChunkChars: 30 });

    // Act
    const res = await translateText({ text, source_lang: 'en', target_lang: 'hi' }, { providers: [provider] });

    // Assess
    expect(sent[0]!.length).toBeGreaterThan(2);
    expect(res.translated_text).not.toContain('।');
  });

  it('sibling: a real sentence end keeps its mark; only the cuts inside the second sentence lose theirs', async () => {
    // The model drops the source's full stop and ends every chunk with a danda.
    const hindi = (chunk: string) => `${simulateTranslation(chunk.replace(/\.$/, ''), 'en', 'hi').slice(SIMULATED_MARKER.length)}।`;
    const { provider, sent } = recordingProvider(hindi, { maxChunkChars: 25 });
    const res = await translateText({ text: 'He sleeps. my lazy dog sleeps on the sofa all day and all night too', source_lang: 'en', target_lang: 'hi' }, { providers: [provider] });
    expect(sent[0]!.length).toBeGreaterThan(2);
    expect(res.translated_text.split('।')).toHaveLength(2);
    expect(res.translated_text.startsWith(hindi('He sleeps.'))).toBe(true);
  });
});

describe('Case 10: the IndicTrans2 simulator follows the real service in all 13 languages', () => {
  const indic = LANGUAGE_CODES.filter((l) => l !== 'en') as LanguageCode[];
  const social = 'Bruno ate 2.5 kg at 10:30, see https://pets.example/b?x=1 or mail me@pets.example, @bruno_dog #lazy <ID1>.';
  const verbatim = ['2.5', '10:30', 'https://pets.example/b?x=1', 'me@pets.example', '@bruno_dog', '#lazy', '<ID1>'];

  it.each(indic)('en → %s keeps numbers, URLs, e-mails, handles, hashtags and placeholders; the rest is in the script', (target) => {
    const out = simulateTranslation(social, 'en', target);
    for (const token of verbatim) expect(out).toContain(token);
    expect(out).not.toContain('2।5');
    const rest = verbatim.reduce((t, token) => t.replace(token, ' '), out);
    expect(isWrittenIn(rest, target)).toBe(true);
  });

  it.each(indic)('%s → en keeps them too and romanises the rest', (source) => {
    const indicText = simulateTranslation(social, 'en', source).slice(SIMULATED_MARKER.length);
    const back = simulateTranslation(indicText, source, 'en');
    for (const token of verbatim) expect(back).toContain(token);
    expect(isWrittenIn(back, 'en')).toBe(true);
  });

  it('Assamese ৰ and ৱ are read as r and w (not dropped), and a sentence danda is a full stop only at the end', () => {
    expect(romanize('ৰাম আৰু ৱাৰি')).toBe('rama aaru wari');
    expect(simulateTranslation('ৰ ৱ', 'as', 'en')).toBe(`${SIMULATED_MARKER}ra wa`);
    expect(simulateTranslation('It costs 2.5 now.', 'en', 'as').endsWith('।')).toBe(true);
    expect(simulateTranslation('It costs 2.5 now.', 'en', 'as')).toContain('2.5');
  });
});
