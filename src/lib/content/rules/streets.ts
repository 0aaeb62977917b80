/**
 * The street list and the streets works name (content/straten.yaml, ../streets.ts): each street
 * in the list once, each buurt it gives in content/buurten/, and every street a file names in the
 * list, with the name probably meant when it is not.
 */
import { lookUpStreet, STREETS_FILE, type Street } from '../streets.ts';
import type { FileFacts } from './facts.ts';
import type { Problem } from './problem.ts';

/** What is wrong in the list itself: a street twice, a buurt that does not exist. */
export function streetListProblems(streets: readonly Street[], files: readonly FileFacts[]): Problem[] {
  const neighbourhoods = files.filter((f) => f.type === 'neighbourhoods').map((f) => f.id);
  const seen = new Set<string>();
  return streets.flatMap((street, i): Problem[] => {
    const twice = seen.has(street.name);
    seen.add(street.name);
    return [
      ...(twice
        ? [
            {
              files: [STREETS_FILE],
              field: `streets.${i}.name`,
              issue: { kind: 'street-twice', name: street.name },
            } as const,
          ]
        : []),
      ...(street.neighbourhood && !neighbourhoods.includes(street.neighbourhood)
        ? [
            {
              files: [STREETS_FILE],
              field: `streets.${i}.neighbourhood`,
              issue: {
                kind: 'unknown-reference',
                id: street.neighbourhood,
                folder: 'buurten',
                choices: neighbourhoods,
              },
            } as const,
          ]
        : []),
    ];
  });
}

/** Every street a file names that is not in the list. */
export function unknownStreets(files: readonly FileFacts[], streets: readonly Street[]): Problem[] {
  return files.flatMap(({ file, streets: named = [] }) =>
    named.flatMap(({ field, name }): Problem[] => {
      const found = lookUpStreet(name, streets);
      if (found.street) return [];
      return [
        {
          files: [file],
          field,
          issue: {
            kind: 'unknown-street',
            name,
            list: STREETS_FILE,
            ...(found.suggestion ? { suggestion: found.suggestion } : {}),
          },
        },
      ];
    }),
  );
}
