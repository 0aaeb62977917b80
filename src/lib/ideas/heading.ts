/**
 * What an answered idea is called in lists, feeds, search and its own page: the first sentence of
 * the resident's words, shortened at a word when long. An idea has no title of its own; the
 * resident wrote none, and the reference (2016-004) tells a resident nothing.
 */

/** Headings longer than this are cut at a word: a page title is at most 70 characters (html-validate), the site name left out when it is long. */
export const HEADING_MAX = 70;

export function ideaHeading(idea: string, max = HEADING_MAX): string {
  // A typographic apostrophe, as the Markdown text gets: 't becomes ’t.
  const text = idea.replace(/\s+/g, ' ').replace(/'/g, '’').trim();
  const sentence = /^.+?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const atWord = cut.slice(0, cut.lastIndexOf(' ') > max / 2 ? cut.lastIndexOf(' ') : cut.length);
  return `${atWord.replace(/[\s,;:]+$/, '')}…`;
}
