/** Facts of one content file, as the rules read them (src/lib/content/rules/facts.ts), for the rules' unit tests. */
import { CONTENT_TYPES, type TypeName } from '../../src/lib/content/model';
import type { FileFacts } from '../../src/lib/content/rules/facts';
import type { Problem } from '../../src/lib/content/rules/problem';
import { problemLine } from '../../src/lib/content/rules/wording';

export function fileFacts(type: TypeName, id: string, facts: Partial<FileFacts> = {}): FileFacts {
  return {
    type,
    file: `content/${CONTENT_TYPES[type].folder}/${id}.md`,
    id,
    aliases: [],
    published: true,
    shown: true,
    references: [],
    ...facts,
  };
}

/** Problems in the build's words. */
export const lines = (problems: readonly Problem[]) => problems.map(problemLine);
