/**
 * A mistake in the content, as data: the file or files it is in, the field, and what is wrong,
 * with what the wording needs to say what is expected and to suggest a fix. Rules return
 * problems; the words are made once, at the edge (wording.ts): the build's error, the editor's
 * message under the field, the banner of a failed build. Nothing reads a file or a field back
 * out of a sentence.
 */

export interface Problem {
  /** The files it is in, as the build names them (content/nieuws/x.md); two for a clash between files. */
  files: readonly string[];
  /** The field as a key path (partners.0.url), or null for the file as a whole. */
  field: string | null;
  issue: Issue;
}

export type Issue =
  /** A field broke its own rule; the schema words it (src/lib/content/fields.ts and the types). */
  | { kind: 'field'; expected: string }
  | { kind: 'file-name'; suggestion: string }
  /** A file name that is a slug but not of the form its type asks (an idea's reference). */
  | { kind: 'file-name-form'; form: string; example: string }
  /** A title that gives no file name (`npm run nieuw`). */
  | { kind: 'no-file-name' }
  | { kind: 'no-front-matter' }
  | { kind: 'yaml'; reason: string; line?: { number: number; text: string } }
  | { kind: 'missing-image'; path: string }
  | { kind: 'not-a-day'; text: string; example?: string }
  | { kind: 'same-slug'; slug: string }
  | { kind: 'not-rendered' }
  | { kind: 'missing-file' }
  | { kind: 'not-fields' }
  | { kind: 'unknown-reference'; id: string; folder: string; choices: readonly string[] }
  /** A field whose value is used once in its type (an edition's number), used twice. */
  | { kind: 'number-used-twice'; number: number; one: string }
  /** A file named by a number alone would take a page of its type's numbered list. */
  | { kind: 'number-slug'; slug: string; list: string }
  /** `owner` null: a fixed page of the site (below too). */
  | { kind: 'address-taken'; address: string; owner: string | null }
  | { kind: 'alias-own'; alias: string }
  | { kind: 'alias-taken'; alias: string; owner: string | null }
  | { kind: 'editor-address'; address: string; prefix: string }
  | { kind: 'editor-alias'; alias: string; prefix: string }
  | { kind: 'form-action-invalid'; action: string }
  | { kind: 'form-action-blocked'; origin: string }
  | { kind: 'policy-not-a-page'; policy: string }
  /** A street that is not in the street list (content/straten.yaml), with the name probably meant. */
  | { kind: 'unknown-street'; name: string; list: string; suggestion?: string | undefined }
  /** A street named twice in the street list. */
  | { kind: 'street-twice'; name: string }
  /** The editor could not read a chosen PDF. */
  | { kind: 'unreadable-pdf' }
  | { kind: 'untagged-pdf'; path: string; missing: ReadonlyArray<'tags' | 'language'>; from: string };

/** A problem in one file. */
export function problemIn(file: string, field: string | null, issue: Issue): Problem {
  return { files: [file], field, issue };
}

/**
 * Every file a problem is about: where it is, the file whose address it clashes with, and the
 * street list a street is missing from (taking a street out of the list that works still name).
 */
export function filesOf(problem: Problem): string[] {
  const { issue } = problem;
  const owner =
    issue.kind === 'address-taken' || issue.kind === 'alias-taken'
      ? issue.owner
      : issue.kind === 'unknown-street'
        ? issue.list
        : null;
  return owner ? [...problem.files, owner] : [...problem.files];
}
