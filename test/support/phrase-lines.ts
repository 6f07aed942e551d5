import type { NativePhrasebook, PhraseLine } from '../../lambdas/engines/writer/phrasebooks/types.js';

/** Every line of a phrasebook that goes into a script: openers, jabs and closers (docs/writer.md "Phrasebooks"). */
export function allLines(book: NativePhrasebook): PhraseLine[] {
  return [
    ...book.openers,
    ...book.groupOpeners,
    ...Object.values(book.classJabs).flat(),
    ...Object.values(book.traitJabs).flat(),
    ...book.closers,
    ...book.groupClosers,
  ];
}
