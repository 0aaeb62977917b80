/** A field may only name an item that exists in the type it points to. */
import { CONTENT_TYPES, type TypeName } from '../model.ts';
import type { FileFacts } from './facts.ts';
import type { Problem } from './problem.ts';

export function unknownReferences(files: readonly FileFacts[]): Problem[] {
  const known = new Map<TypeName, string[]>();
  for (const { type, id } of files) known.set(type, [...(known.get(type) ?? []), id]);
  return files.flatMap(({ file, references }) =>
    references
      .filter(({ type, id }) => !known.get(type)?.includes(id))
      .map(({ field, type, id }) => ({
        files: [file],
        field,
        issue: {
          kind: 'unknown-reference',
          id,
          folder: CONTENT_TYPES[type].folder,
          choices: known.get(type) ?? [],
        },
      })),
  );
}
