/** A type's unique field (an edition's number) holds each value once. */
import { CONTENT_TYPES } from '../model.ts';
import type { FileFacts } from './facts.ts';
import type { Problem } from './problem.ts';

export function valuesUsedTwice(files: readonly FileFacts[]): Problem[] {
  const byValue = new Map<string, FileFacts[]>();
  for (const facts of files) {
    if (facts.unique === undefined) continue;
    const key = `${facts.type}\u0000${String(facts.unique)}`;
    byValue.set(key, [...(byValue.get(key) ?? []), facts]);
  }
  return [...byValue.values()]
    .filter((group) => group.length > 1)
    .map((group) => {
      const { type, unique } = group[0]!;
      const rule = CONTENT_TYPES[type].unique!;
      return {
        files: group.map((facts) => facts.file).sort(),
        field: rule.field,
        issue: { kind: 'number-used-twice', number: Number(unique), one: rule.one },
      };
    });
}
