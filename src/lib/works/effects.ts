/**
 * What residents notice of works in their street: the values editors write in `effects`
 * (content/werkzaamheden/), and what residents read for each.
 */
export const EFFECT_LABELS = {
  'weg-afgesloten': 'Weg afgesloten',
  'niet-parkeren': 'Niet parkeren',
  lawaai: 'Lawaai',
  trillingen: 'Trillingen',
  stof: 'Stof',
  omleiding: 'Omleiding',
  'afval-anders': 'Afval wordt anders opgehaald',
  'stroom-of-water-onderbroken': 'Stroom of water even onderbroken',
  'stoep-afgesloten': 'Stoep afgesloten',
} as const;

export type Effect = keyof typeof EFFECT_LABELS;

/** The effects as residents read them, in the order of the list above. */
export function effectLabels(effects: readonly Effect[]): string[] {
  return (Object.keys(EFFECT_LABELS) as Effect[])
    .filter((e) => effects.includes(e))
    .map((e) => EFFECT_LABELS[e]);
}
