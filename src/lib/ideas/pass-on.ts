/**
 * One idea, claimed by this run, made a file in the repository:
 * 1. its submission is confirmed through Netlify's API, once (netlify-forms.ts); one that this
 *    site's form `idee` does not have is made up, and nothing is written;
 * 2. the project and neighbourhood are kept only when the repository has them (a name that does
 *    not exist would stop the next build), and the words only when the idea is public and the
 *    repository private (repository.private on GitHub);
 * 3. a reference is given from a counter in Blobs that only grows (above the highest file in
 *    content/ideeen/ of that year) and recorded with the idea BEFORE the file is asked for, so a
 *    try whose answer was lost looks there first and finds its own file instead of writing a
 *    second;
 * 4. the file is created through GitHub's contents API, without a sha: a name taken in between
 *    (422) takes the next number, another commit at the same moment (409) is tried again.
 * The caller keeps the idea when this fails (errors.ts).
 */
import { amsterdamDay } from '../dates/amsterdam.ts';
import type { Log } from '../functions/log.ts';
import { PassOnError } from './errors.ts';
import type { GitHub } from './github.ts';
import { ideaFileText, submissionOf } from './idea-file.ts';
import type { SubmissionSource } from './netlify-forms.ts';
import type { IdeaRecords, KeptIdea } from './records.ts';
import {
  highestNumber,
  IDEAS_FOLDER,
  NEIGHBOURHOODS_FOLDER,
  pathOf,
  PROJECTS_FOLDER,
  readReference,
  referenceOf,
} from './reference.ts';
import { submittedIdea } from './submitted.ts';

export interface PassOn {
  records: IdeaRecords;
  github: GitHub;
  submissions: SubmissionSource;
  now: Date;
  run: string;
  log: Log;
  /** What one run asks GitHub once, whatever the number of ideas. */
  asked: AskedOnce;
}

export interface AskedOnce {
  isPrivate?: Promise<boolean>;
  folders: Map<string, Promise<string[]>>;
}

export const askedOnce = (): AskedOnce => ({ folders: new Map() });

export type PassOnResult =
  | { result: 'written'; reference: string }
  /** The file was there already: an earlier try wrote it and its answer was lost. */
  | { result: 'found'; reference: string }
  | { result: 'made-up' }
  /** The hour's files are all given: it waits for the next hour. */
  | { result: 'no-slot' }
  /** Another run took the idea over (this run's claim had expired). */
  | { result: 'lost-claim' };

/** The commit's message: what it is, no personal data, and no build (an idea waits for its answer). */
export const commitMessage = (reference: string) =>
  `Nieuw idee ${reference} uit het formulier [skip netlify]`;

/** Never more tries for one idea's name than this in one pass. */
const MOST_NAMES = 12;
const MOST_CONFLICTS = 3;

function once<T>(map: Map<string, Promise<T>>, key: string, ask: () => Promise<T>): Promise<T> {
  let answer = map.get(key);
  if (!answer) {
    answer = ask();
    // A failed question is asked again by the next idea, not answered from memory.
    answer.catch(() => map.delete(key));
    map.set(key, answer);
  }
  return answer;
}

/** Throws a PassOnError when a service fails; the caller keeps the idea. */
export async function passOn(p: PassOn, id: string, kept: KeptIdea): Promise<PassOnResult> {
  const receivedAt = new Date(kept.receivedAt);
  let confirmed = kept.confirmed;
  if (!confirmed) {
    const found = await p.submissions.find(id, receivedAt);
    if (!found) return { result: 'made-up' };
    const idea = submittedIdea(found.data);
    confirmed = idea;
    if (!(await p.records.whileClaimed(id, p.run, (k) => ({ ...k, confirmed: idea }))))
      return { result: 'lost-claim' };
  }

  const isPrivate = await (p.asked.isPrivate ??= p.github.isPrivate().catch((error: unknown) => {
    p.asked.isPrivate = undefined;
    throw error;
  }));
  // In a public repository the words never go into the file, so they are not kept either.
  if (!isPrivate && confirmed.idea) {
    const { idea: _words, ...withoutWords } = confirmed;
    confirmed = withoutWords;
    if (!(await p.records.whileClaimed(id, p.run, (k) => ({ ...k, confirmed: withoutWords }))))
      return { result: 'lost-claim' };
  }
  // A name the repository does not have would stop the next build.
  const known = async (folder: string, slug: string | undefined, what: string): Promise<string[]> => {
    if (!slug) return [];
    const files = await once(p.asked.folders, folder, () => p.github.fileNames(folder));
    if (files.includes(`${slug}.md`)) return [slug];
    p.log(`${what} bestaat niet in ${folder}/; ${what.startsWith('Het') ? 'het' : 'ze'} is weggelaten.`);
    return [];
  };
  const projects = await known(PROJECTS_FOLDER, confirmed.project, 'Het gekozen project');
  const neighbourhoods = await known(NEIGHBOURHOODS_FOLDER, confirmed.neighbourhood, 'De gekozen buurt');
  const received = amsterdamDay(receivedAt);
  const year = Number(received.slice(0, 4));
  const text = ideaFileText({
    received,
    projects,
    neighbourhoods,
    public: confirmed.public,
    wantsReply: confirmed.wantsReply,
    submission: id,
    ...(confirmed.public && isPrivate && confirmed.idea ? { idea: confirmed.idea } : {}),
  });

  let reference = kept.reference;
  // A reference from an earlier try may have been written, its answer lost: look before writing.
  let lookFirst = Boolean(reference);
  let taken = 0;
  let slot = false;
  let names = 0;
  let conflicts = 0;
  while (names < MOST_NAMES) {
    if (!reference) {
      names += 1;
      const files = await once(p.asked.folders, IDEAS_FOLDER, () => p.github.fileNames(IDEAS_FOLDER));
      const inFolder = highestNumber(files, year);
      const number = await p.records.giveNumber(year, Math.max(inFolder, taken));
      const chosen = referenceOf(year, number);
      reference = chosen;
      if (!(await p.records.whileClaimed(id, p.run, (k) => ({ ...k, reference: chosen }))))
        return { result: 'lost-claim' };
    }
    if (lookFirst) {
      lookFirst = false;
      const there = await p.github.readFile(pathOf(reference));
      if (there !== null) {
        if (submissionOf(there) === id) return { result: 'found', reference };
        taken = Math.max(taken, readReference(reference)?.number ?? 0);
        reference = undefined;
        continue;
      }
    }
    if (!slot) {
      if (!(await p.records.takeFileSlot(p.now))) return { result: 'no-slot' };
      slot = true;
    }
    const answer = await p.github.createFile(pathOf(reference), text, commitMessage(reference));
    if (answer.result === 'created') return { result: 'written', reference };
    if (answer.result === 'exists') {
      if (submissionOf(answer.text) === id) return { result: 'found', reference };
      taken = Math.max(taken, readReference(reference)?.number ?? 0);
      reference = undefined;
      continue;
    }
    if (++conflicts > MOST_CONFLICTS)
      throw new PassOnError('busy', 'GitHub meldde steeds een andere commit op hetzelfde moment');
  }
  throw new PassOnError('busy', `geen vrij nummer gevonden in ${IDEAS_FOLDER}/ na ${MOST_NAMES} pogingen`);
}
