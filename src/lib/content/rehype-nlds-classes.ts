/**
 * Content written in Markdown gets NL Design System's classes, so it looks like the rest of the
 * page: paragraphs, headings, links, lists, tables and quotes (src/components/Prose.astro brings
 * their CSS). The plugin runs after the sanitizer, so the classes it gives are ours: content can
 * set only the few GitHub's safe subset allows (a hidden heading, a task list), none of the design
 * system's. The table alignment classes
 * (rehype-table-align.ts) stay; a table is put in a container that scrolls sideways on a phone;
 * the footnotes' hidden heading gets the site's own hidden class instead of GitHub's.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

interface HastElement extends HastNode {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
}

/** The classes of an element whatever its place. */
const CLASSES: Readonly<Record<string, readonly string[]>> = {
  p: ['nl-paragraph'],
  a: ['nl-link'],
  blockquote: ['utrecht-blockquote', 'utrecht-blockquote--html-blockquote', 'utrecht-blockquote--distanced'],
  // Its container keeps the distance (table.css), so the space after it joins the next heading's.
  table: ['utrecht-table', 'utrecht-table--html-table'],
  caption: ['utrecht-table__caption'],
  thead: ['utrecht-table__header'],
  tbody: ['utrecht-table__body'],
  tfoot: ['utrecht-table__footer'],
  tr: ['utrecht-table__row'],
  th: ['utrecht-table__header-cell'],
  td: ['utrecht-table__cell'],
};

const HEADING = /^h([1-6])$/;
/** GitHub's class for the footnotes' heading, which the sanitizer lets through. */
const GITHUB_HIDDEN = 'sr-only';
const HIDDEN = 'westwint-visually-hidden';
export const TABLE_CONTAINER = 'utrecht-table-container';
export const FOOTNOTES = 'westwint-prose__footnotes';

const isElement = (node: HastNode): node is HastElement =>
  node.type === 'element' && typeof node.tagName === 'string';

function classesOf(node: HastElement): string[] {
  const existing = node.properties.className;
  if (Array.isArray(existing)) return existing.map(String);
  return typeof existing === 'string' ? existing.split(/\s+/).filter(Boolean) : [];
}

function addClasses(node: HastElement, classes: readonly string[]): void {
  const own = classesOf(node);
  node.properties.className = [...own, ...classes.filter((name) => !own.includes(name))];
}

/** The classes the element gets, from its tag and the lists around it. */
function classesFor(
  node: HastElement,
  parent: HastElement | undefined,
  listDepth: number,
): readonly string[] {
  const heading = HEADING.exec(node.tagName);
  if (heading) return ['nl-heading', `nl-heading--level-${heading[1]}`];
  switch (node.tagName) {
    // A list inside a list item follows on from its item, without the space around a list.
    case 'ul':
      return listDepth > 1
        ? [
            'utrecht-unordered-list',
            'utrecht-unordered-list--nested',
            `utrecht-unordered-list--level-${listDepth}`,
          ]
        : ['utrecht-unordered-list', 'utrecht-unordered-list--distanced'];
    case 'ol':
      return parent?.tagName === 'li'
        ? ['utrecht-ordered-list']
        : ['utrecht-ordered-list', 'utrecht-ordered-list--distanced'];
    case 'li':
      if (parent?.tagName === 'ul') return ['utrecht-unordered-list__item'];
      if (parent?.tagName === 'ol') return ['utrecht-ordered-list__item'];
      return [];
    case 'section':
      return node.properties.dataFootnotes === undefined ? [] : [FOOTNOTES];
    default:
      return CLASSES[node.tagName] ?? [];
  }
}

/** Gives the tree's elements their classes; `listDepth` counts the bulleted lists around a node. */
export function addNldsClasses(node: HastNode, parent?: HastElement, listDepth = 0): void {
  let depth = listDepth;
  if (isElement(node)) {
    if (node.tagName === 'ul') depth += 1;
    const classes = classesOf(node);
    if (classes.includes(GITHUB_HIDDEN))
      node.properties.className = [...classes.filter((name) => name !== GITHUB_HIDDEN), HIDDEN];
    const wanted = classesFor(node, parent, depth);
    if (wanted.length > 0) addClasses(node, wanted);
  }
  const children = node.children;
  if (!children) return;
  const element = isElement(node) ? node : undefined;
  for (const [index, child] of children.entries()) {
    addNldsClasses(child, element, depth);
    if (isElement(child) && child.tagName === 'table') children[index] = containerFor(child);
  }
}

function containerFor(table: HastElement): HastElement {
  return { type: 'element', tagName: 'div', properties: { className: [TABLE_CONTAINER] }, children: [table] };
}

/** The unified plugin: `rehypePlugins: [..., rehypeSanitize, ..., rehypeNldsClasses]`. */
export default function rehypeNldsClasses() {
  return (tree: HastNode) => addNldsClasses(tree);
}
