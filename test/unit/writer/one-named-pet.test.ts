import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countAnimals } from '../../../lambdas/domain/animals.js';
import { loadPetModel, type PetModel } from '../../../lambdas/engines/detection/index.js';
import { parsePrompt, roastSubject } from '../../../lambdas/engines/writer/prompt.js';
import { PHRASEBOOKS } from '../../../lambdas/engines/writer/phrasebooks/registry.js';
import { fillFor, fillLine, TemplateWriter } from '../../../lambdas/engines/writer/template.js';
import { writeScriptFor } from '../../../lambdas/engines/writer/writer.js';
import { PETS_EVAL } from '../../support/shared-data.js';
import { ensureAllModels } from '../detection/helpers.js';

// docs/writer.md, "Prompt parsing": one named pet in the singular is roasted as one pet, whatever the detector counted.

describe('Function: parsePrompt (oneNamedPet)', () => {
  it.each([
    ['Roast my dog Sheru who sleeps all day', true],
    ['Roast Bruno, my lazy beagle', true],
    ['मेरा कुत्ता शेरू दिन भर सोता है', true],
    ['Roast my dogs Bruno and Max', false],
    ['My two cats Luna and Leo', false],
    ['Roast my dog Sheru and my cat Luna', false],
    ['Roast my pets Sheru and Luna', false],
    ['Roast my lazy dog', false],
    ['Roast Bruno and Luna', false],
    ['Roast my dog Sheru & Moti', false],
    ['Roast my dog Sheru who sleeps all day and steals socks', true],
    ['Roast Bruno', true],
  ])('%s → %s', (prompt, expected) => {
    expect(parsePrompt(prompt, 'en').oneNamedPet).toBe(expected);
  });

  it('makes roastSubject one pet of the prompt’s class, not mixed, whatever the sightings', () => {
    const sightings = [{ label: 'dog' as const, count: 2 }, { label: 'giraffe' as const, count: 1 }];
    expect(roastSubject(sightings, parsePrompt('Roast my dog Sheru who sleeps all day', 'en'))).toEqual({ cls: 'dog', count: 1, mixed: false });
    expect(roastSubject(sightings, parsePrompt('Roast my dogs Sheru and Moti', 'en'))).toEqual({ cls: 'dog', count: 3, mixed: true });
  });
});

describe('Writer path: coco-train2017-000000000581.jpg (one chihuahua and a plush giraffe)', () => {
  let model: PetModel;
  beforeAll(async () => {
    await ensureAllModels();
    model = await loadPetModel();
  }, 120_000);

  it.each(['en', 'hi'] as const)('"Roast my dog Sheru who sleeps all day" in %s roasts one dog named Sheru', async (language) => {
    const verdict = await model.detect(readFileSync(path.join(PETS_EVAL, 'coco-train2017-000000000581.jpg')));
    // The detector's own answer: the dog and the plush toy read as a giraffe.
    expect(verdict.pets.map((p) => p.label)).toContain('giraffe');
    // The two boxes on the one dog are one animal (docs/detection.md "One animal, one count"); the toy stays a giraffe.
    expect(countAnimals(verdict.pets)).toEqual({ dog: 1, giraffe: 1 });
    const book = PHRASEBOOKS[language];
    const fill = fillFor(book, { cls: 'dog', count: 1, mixed: false }, 'Sheru');
    const single = (lines: ReadonlyArray<{ text: string }>) => lines.map((l) => fillLine(l.text, fill).replace(/\s+/g, ' ').trim());
    for (let i = 0; i < 12; i++) {
      const written = await writeScriptFor(
        {
          job_id: `job_sheru_${i}`,
          text: 'Roast my dog Sheru who sleeps all day',
          text_mode: 'prompt',
          language,
          source_lang: 'en',
          detected_pets: verdict.pets.map((p) => ({ label: p.label, confidence: p.confidence })),
          pet_counts: countAnimals(verdict.pets),
        },
        new TemplateWriter(),
      );
      expect(written.subject).toBe('dog');
      expect(written.script).toContain('Sheru');
      // A one-pet opener and closer, not a group's ("Three pets, one household…", "यहाँ तीन जानवर हैं…").
      expect(single(book.openers)).toContain(written.lines[0]);
      expect(single(book.closers)).toContain(written.lines.at(-1));
    }
  }, 120_000);
});
