/**
 * The entry's text in the preview gets the NL Design System classes the site's Markdown gets
 * (src/lib/content/rehype-nlds-classes.ts, the one list of them), so it looks like the page.
 * Sveltia renders the Markdown itself, into the frame, again on every change; so the classes are
 * given to its elements whenever what is under the text's element changes.
 *
 * Only classes: the site also puts a table in a container that scrolls sideways, but these
 * elements are Sveltia's, and moving one would confuse its next update.
 */
import { addNldsClasses } from '../lib/content/rehype-nlds-classes.ts';

/** An element as the rehype plugin reads it, with the element it stands for. */
interface Mirror {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: Mirror[];
  element?: Element;
}

function mirror(element: Element): Mirror {
  return {
    type: 'element',
    tagName: element.localName,
    properties: {
      className: [...element.classList],
      ...(element.hasAttribute('data-footnotes') && { dataFootnotes: true }),
    },
    children: [...element.children].map(mirror),
    element,
  };
}

/** Writes the classes the plugin gave back onto the elements; a node it added has no element. */
function write(node: Mirror): void {
  const classes = node.properties.className;
  if (node.element && Array.isArray(classes)) {
    const value = classes.join(' ');
    if (node.element.getAttribute('class') !== value) node.element.setAttribute('class', value);
  }
  for (const child of node.children) write(child);
}

/** Gives the elements under `element` the site's classes. */
export function giveContentClasses(element: Element): void {
  const root: Mirror = { ...mirror(element), element: undefined };
  addNldsClasses(root);
  write(root);
}

const watched = new WeakSet<Element>();

/**
 * A React ref for the element around the entry's text: classes now and after each change. Class
 * changes are no change of the children, so the observer does not wake itself.
 */
export function keepContentClasses(element: Element | null): void {
  if (!element || watched.has(element)) return;
  watched.add(element);
  new MutationObserver(() => giveContentClasses(element)).observe(element, {
    childList: true,
    subtree: true,
  });
  giveContentClasses(element);
}
