/**
 * The rules across files: what one file's schema cannot check. The build runs them on what Astro
 * loaded (getContent()), the editor at /admin/ on the entries it holds before saving
 * (src/lib/admin/entry-checks.ts), both through the facts of each file (facts.ts), so the editor
 * refuses what the build would stop on.
 */
import { TAKEN_ADDRESSES } from '../../urls/fixed-pages.ts';
import { CONTENT_TYPES } from '../model.ts';
import { addressClashes, editorAddresses, numberSlugs } from './addresses.ts';
import type { ContentFacts, FileFacts } from './facts.ts';
import type { Problem } from './problem.ts';
import { stopOn } from './wording.ts';
import { unknownReferences } from './references.ts';
import { settingsProblems } from './settings-addresses.ts';
import { streetListProblems, unknownStreets } from './streets.ts';
import { valuesUsedTwice } from './unique-values.ts';

/**
 * Every mistake across files, one list per rule in the order the build checks them (the build
 * stops at the first rule broken, listing every file that breaks it). In file order, so the
 * problems do not depend on the order files were loaded in (Astro's, the editor's).
 */
export function problemsAcrossFiles(facts: ContentFacts): Problem[][] {
  const files = [...facts.files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const pages = new Set([
    ...files.map((f: FileFacts) => CONTENT_TYPES[f.type].page(f.id)),
    ...TAKEN_ADDRESSES,
  ]);
  return [
    unknownReferences(files),
    valuesUsedTwice(files),
    numberSlugs(files),
    addressClashes(files),
    editorAddresses(files),
    settingsProblems(facts.settings, pages),
    // Without the street list (an editor that could not read it) the streets are left to the build.
    ...(facts.streets
      ? [streetListProblems(facts.streets, files), unknownStreets(files, facts.streets)]
      : []),
  ];
}

/** Stops the build at the first rule broken, listing every file that breaks it. */
export function stopOnProblemsAcrossFiles(facts: ContentFacts): void {
  for (const problems of problemsAcrossFiles(facts)) stopOn(problems);
}
