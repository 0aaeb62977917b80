/**
 * Before the editor saves an entry, the build's rules run on it (src/lib/admin/entry-checks.ts):
 * its fields, and the rules across files against every other file. A save the build would stop on
 * does not go through: each problem is shown next to its field, and Sveltia's error dialog lists
 * the build's own lines. Nothing typed is lost; the entry stays open.
 *
 * The other files are the entries Sveltia has loaded, which it hands to preview templates
 * (preview.ts); on a screen too narrow for the preview pane, the files online on the live site
 * (urls.editorFacts()) stand in, and the build checks the rest.
 *
 * Sveltia offers no hook that refuses a save with a message except throwing from its preSave
 * event: an error named "saving_failed" shows its cause's message in the dialog.
 */
import CMS from '@sveltia/cms';
import {
  CHECKED_COLLECTIONS,
  factsOfEntries,
  problemsOfEntry,
  type LoadedEntry,
} from '../lib/admin/entry-checks.ts';
import type { ContentFacts } from '../lib/content/rules/facts.ts';
import type { Problem } from '../lib/content/rules/problem.ts';
import { expectation, problemLine } from '../lib/content/rules/wording.ts';
import { urls } from '../lib/urls/routes.ts';
import { editorText } from '../strings/editor.ts';
import { clearFieldMessages, showFieldMessages } from './field-messages.ts';
import { pdfProblems } from './pdf-field.ts';
import { loadedCollectionReader } from './preview.ts';
import type { ImmutableMap } from './react.ts';

/** What the rules across files read of every other file; null when neither source answers. */
async function otherFiles(now: Date): Promise<ContentFacts | null> {
  const read = loadedCollectionReader();
  if (read) {
    const collections = await Promise.all(
      CHECKED_COLLECTIONS.map(async (name) => (await read(name)).map((entry) => entry.toJS() as LoadedEntry)),
    );
    return factsOfEntries(collections.flat(), now);
  }
  try {
    const response = await fetch(urls.editorFacts());
    return response.ok ? ((await response.json()) as ContentFacts) : null;
  } catch {
    return null;
  }
}

function refusal(problems: readonly Problem[]): Error {
  const lines = problems.map((problem) => `• ${problemLine(problem)}`);
  return new Error('saving_failed', { cause: new Error([editorText.refused, ...lines].join('\n')) });
}

export function refuseWhatTheBuildWouldStopOn(): void {
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }: { entry: ImmutableMap }) => {
      clearFieldMessages();
      const now = new Date();
      const saving = entry.toJS() as LoadedEntry;
      const problems = [
        ...problemsOfEntry(saving, await otherFiles(now), now),
        ...(await pdfProblems(saving)),
      ];
      if (problems.length === 0) return;
      showFieldMessages(
        problems.map((problem) => ({ field: problem.field, message: expectation(problem.issue) })),
      );
      throw refusal(problems);
    },
  });
}
