/**
 * The list of officialese in content/moeilijke-woorden.yaml, read for the build and
 * `npm run leesbaarheid`. A plain-language aid never stops the build: a missing file or a
 * broken entry is a warning naming the file and the field, and the good entries are used.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { EDITOR } from '../content/editor-settings.ts';
import { fields, text } from '../content/field-kinds.ts';
import type { OfficialeseEntry } from './officialese.ts';

/** The file in content/, and its fields as the editor's form (src/lib/admin/cms-config.ts) shows them; the build reads it leniently, below. */
export const WORD_LIST_FILE = 'moeilijke-woorden.yaml';
export const WORD_LIST_SCHEMA = fields({
  woorden: z
    .array(
      fields({
        woord: text('het moeilijke woord').register(EDITOR, {
          label: 'Moeilijk woord',
          hint: 'Een werkwoord als heel werkwoord (verstrekken): dan worden ook verstrekt, verstrekte en verstrekking gevonden.',
        }),
        beter: text('een gewoon woord').register(EDITOR, {
          label: 'Gewoon woord',
          hint: 'Wat u in de plaats schrijft, bijvoorbeeld geven.',
        }),
      }),
    )
    .register(EDITOR, {
      label: 'Woorden',
      options: { label_singular: 'woord', summary: '{{fields.woord}} → {{fields.beter}}' },
      hint: 'Ambtelijke woorden met een gewoon woord ervoor. Het voorbeeld en de bouw wijzen ze aan.',
    }),
});

export interface WordList {
  entries: OfficialeseEntry[];
  /** What is wrong with the file, one line each: file, field, what is expected. */
  problems: string[];
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** The entries of the file's text; `shown` names the file in problems. */
export function parseWordList(text: string, shown: string): WordList {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    return {
      entries: [],
      problems: [`${shown}: de YAML klopt niet: ${(error as Error).message.split('\n')[0]}`],
    };
  }
  const list = (data as { woorden?: unknown } | null)?.woorden;
  if (!Array.isArray(list))
    return {
      entries: [],
      problems: [`${shown}: veld "woorden": verwacht een lijst van woorden, elk met "woord" en "beter"`],
    };
  const entries: OfficialeseEntry[] = [];
  const problems: string[] = [];
  list.forEach((item: { woord?: unknown; beter?: unknown } | null, i) => {
    if (!filled(item?.woord))
      problems.push(`${shown}: veld "woorden.${i}.woord": verwacht het moeilijke woord (tekst)`);
    else if (!filled(item?.beter))
      problems.push(`${shown}: veld "woorden.${i}.beter": verwacht een gewoon woord voor "${item.woord}"`);
    else entries.push({ woord: item.woord.trim(), beter: item.beter.trim() });
  });
  return { entries, problems };
}

/** The list in a content folder. */
export function readWordList(contentDir: string): WordList {
  const file = join(contentDir, WORD_LIST_FILE);
  const shown = relative(process.cwd(), file);
  if (!existsSync(file))
    return {
      entries: [],
      problems: [`${shown}: dit bestand ontbreekt; er wordt niet op moeilijke woorden gelet`],
    };
  return parseWordList(readFileSync(file, 'utf8'), shown);
}
