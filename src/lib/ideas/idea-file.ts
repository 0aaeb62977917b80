/**
 * The file content/ideeen/<reference>.md that an idea becomes: front matter only (the answer is
 * written under it later, by an editor), each value escaped by js-yaml, the fields in the order of
 * the content type (src/lib/content/types/ideas.ts). A unit test reads every kind of file back
 * with the build's own schema and checks.
 */
import yaml from 'js-yaml';
import { frontMatterFields } from '../content/front-matter.ts';
import { WAITING } from './status.ts';

export interface IdeaFile {
  /** The Amsterdam day it came in, JJJJ-MM-DD. */
  received: string;
  projects: readonly string[];
  neighbourhoods: readonly string[];
  public: boolean;
  wantsReply: boolean;
  /** Netlify's id of the submission: there the editor reads the whole idea and the address. */
  submission: string;
  /** The resident's words: only for a public idea in a private repository. */
  idea?: string;
}

export function ideaFileText(file: IdeaFile): string {
  const fields = {
    received: file.received,
    status: WAITING,
    ...(file.projects.length > 0 ? { projects: [...file.projects] } : {}),
    ...(file.neighbourhoods.length > 0 ? { neighbourhoods: [...file.neighbourhoods] } : {}),
    public: file.public,
    wantsReply: file.wantsReply,
    submission: file.submission,
    ...(file.idea ? { idea: file.idea } : {}),
  };
  // Every text quoted (a day stays text, "ja" stays no boolean); lists on one line, as editors write them.
  const front = yaml.dump(fields, {
    forceQuotes: true,
    quotingType: "'",
    flowLevel: 1,
    lineWidth: -1,
    noRefs: true,
  });
  return `---\n${front}---\n`;
}

/** The submission a file in content/ideeen/ was written for, if it says. */
export function submissionOf(text: string): string | undefined {
  const submission = frontMatterFields(text).submission;
  return typeof submission === 'string' ? submission.trim() : undefined;
}
