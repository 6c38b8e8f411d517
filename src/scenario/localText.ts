// Words a scenario file gives for people (its title and description): one text, or one per
// language the reports speak. A report picks the text in its language; a single text is shown
// in every language, as its author wrote it.

import { z } from 'zod';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One text, or `{ nl: …, en: … }`. */
export type LocalText = string | Record<Language, string>;

export function localText(max: number) {
  return z.union([z.string().max(max), z.strictObject({ nl: z.string().max(max), en: z.string().max(max) })]);
}

/** The text in `lang`: a single text whatever the language. */
export function textIn(text: LocalText | undefined, lang: Language): string {
  if (text === undefined) return '';
  return typeof text === 'string' ? text : text[lang];
}
