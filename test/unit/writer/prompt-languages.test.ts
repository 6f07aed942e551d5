import { describe, expect, it } from 'vitest';
import type { LanguageCode } from '../../../lambdas/domain/languages.js';
import { PHRASEBOOK_LANGUAGES } from '../../../lambdas/engines/writer/phrasebooks/registry.js';
import { parsePrompt, type TraitFamily } from '../../../lambdas/engines/writer/prompt.js';
import type { PetClass } from '../../../lambdas/engines/writer/types.js';

/**
 * Prompts as people type them in each language, in its script and romanised (Hinglish, Tanglish, Banglish…),
 * parsed with that language's phrasebook vocabulary first and then every book's (docs/writer.md, "Prompt
 * parsing"). Cases for all 13 languages live here; a language's cases run once its phrasebook is registered
 * (phrasebooks/registry.ts), and a registered language without cases fails.
 */
interface Case {
  prompt: string;
  name?: string;
  cls: PetClass;
  trait?: TraitFamily;
  count?: number;
}

const CASES: Record<LanguageCode, Case[]> = {
  en: [
    { prompt: 'Roast my lazy beagle Bruno who steals socks', name: 'Bruno', cls: 'dog', trait: 'lazy' },
    { prompt: 'Roast my two grumpy cats', cls: 'cat', trait: 'grumpy', count: 2 },
  ],
  hi: [
    { prompt: 'मेरा कुत्ता शेरू बहुत आलसी है', name: 'शेरू', cls: 'dog', trait: 'lazy' },
    { prompt: 'Mera kutta Sheru bahut aalsi hai', name: 'Sheru', cls: 'dog', trait: 'lazy' },
    { prompt: 'Meri billi Mini khana churati hai', name: 'Mini', cls: 'cat', trait: 'greedy' },
    { prompt: 'मेरी दो बिल्लियाँ बहुत डरपोक हैं', cls: 'cat', trait: 'scaredy', count: 2 },
  ],
  bn: [
    { prompt: 'আমার কুকুর টমি খুব অলস', name: 'টমি', cls: 'dog', trait: 'lazy' },
    { prompt: 'Amar kukur Tommy khub olos', name: 'Tommy', cls: 'dog', trait: 'lazy' },
    { prompt: 'amar biral Mini sob khabar churi kore', name: 'Mini', cls: 'cat' },
  ],
  as: [
    { prompt: 'মোৰ কুকুৰ মতি বৰ এলেহুৱা', name: 'মতি', cls: 'dog', trait: 'lazy' },
    { prompt: 'Mor kukur Moti bor elehua', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
  ta: [
    { prompt: 'என் நாய் ராஜா ரொம்ப சோம்பேறி', name: 'ராஜா', cls: 'dog', trait: 'lazy' },
    { prompt: 'En naai Raja romba somberi', name: 'Raja', cls: 'dog', trait: 'lazy' },
    { prompt: 'en poonai Simba eppovum thoongum', name: 'Simba', cls: 'cat', trait: 'lazy' },
  ],
  te: [
    { prompt: 'నా కుక్క రాజు చాలా బద్ధకం', name: 'రాజు', cls: 'dog', trait: 'lazy' },
    { prompt: 'Naa kukka Raju chala baddakam', name: 'Raju', cls: 'dog', trait: 'lazy' },
  ],
  ml: [
    { prompt: 'എന്റെ പൂച്ച മിന്നു ഒരു മടിച്ചി ആണ്', name: 'മിന്നു', cls: 'cat', trait: 'lazy' },
    { prompt: 'Ente poocha Minnu bhayankara madiyanu', name: 'Minnu', cls: 'cat', trait: 'lazy' },
  ],
  kn: [
    { prompt: 'ನನ್ನ ನಾಯಿ ರಾಜ ತುಂಬಾ ಸೋಮಾರಿ', name: 'ರಾಜ', cls: 'dog', trait: 'lazy' },
    { prompt: 'Nanna naayi Raja tumba somari', name: 'Raja', cls: 'dog', trait: 'lazy' },
  ],
  mr: [
    { prompt: 'माझा कुत्रा मोती खूप आळशी आहे', name: 'मोती', cls: 'dog', trait: 'lazy' },
    { prompt: 'Maza kutra Moti khup aalshi aahe', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
  gu: [
    { prompt: 'મારો કૂતરો મોતી બહુ આળસુ છે', name: 'મોતી', cls: 'dog', trait: 'lazy' },
    { prompt: 'Maro kutro Moti bahu aalsu che', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
  pa: [
    { prompt: 'ਮੇਰਾ ਕੁੱਤਾ ਮੋਤੀ ਬਹੁਤ ਆਲਸੀ ਹੈ', name: 'ਮੋਤੀ', cls: 'dog', trait: 'lazy' },
    { prompt: 'Mera kutta Moti bahut aalsi hai', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
  or: [
    { prompt: 'ମୋ କୁକୁର ମୋତି ବହୁତ ଅଳସୁଆ', name: 'ମୋତି', cls: 'dog', trait: 'lazy' },
    { prompt: 'Mo kukura Moti bahut alasua', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
  ur: [
    { prompt: 'میرا کتا موتی بہت سست ہے', name: 'موتی', cls: 'dog', trait: 'lazy' },
    { prompt: 'Mera kutta Moti bahut sust hai', name: 'Moti', cls: 'dog', trait: 'lazy' },
  ],
};

describe.each(PHRASEBOOK_LANGUAGES)('parsePrompt in %s', (language) => {
  it('has prompt cases in the script and romanised', () => {
    expect(CASES[language].length).toBeGreaterThanOrEqual(2);
    expect(CASES[language].some((c) => /^[\p{Script=Latin}\s\p{P}\p{N}]+$/u.test(c.prompt))).toBe(true);
  });

  it.each(CASES[language].map((c) => [c.prompt, c] as const))('%s', (_prompt, c) => {
    const parsed = parsePrompt(c.prompt, language);
    expect(parsed.petName).toBe(c.name);
    expect(parsed.mentionedClass).toBe(c.cls);
    if (c.trait) expect(parsed.traits).toContain(c.trait);
    expect(parsed.count).toBe(c.count);
    // Every book's vocabulary also reads it when the narration is in another language.
    const other = parsePrompt(c.prompt, language === 'en' ? 'hi' : 'en');
    expect(other.petName).toBe(c.name);
    expect(other.mentionedClass).toBe(c.cls);
  });
});
