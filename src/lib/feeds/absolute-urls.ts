/**
 * Feed content is read away from the site: its addresses made absolute, its text escaped for XML.
 * The item's HTML goes through unified (the same processor family as the Markdown pipeline):
 * parsed as a fragment, every link and image address resolved, written out again.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/** hast's names of the attributes that hold one address. */
const URL_PROPERTIES = ['href', 'src', 'poster', 'cite', 'action'];
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function absolute(value: string, base: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed)) return value;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return value;
  }
}

/**
 * The rehype step: every address in the tree resolved against `base` (the item's own address,
 * so "#voetnoot" and "../x" resolve as on the page). srcset is a list of candidates.
 */
export function rehypeAbsoluteUrls({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_PROPERTIES) {
        const value = node.properties[name];
        if (typeof value === 'string') node.properties[name] = absolute(value, base);
      }
      const srcset = node.properties.srcSet;
      if (srcset !== undefined && srcset !== null) {
        const candidates = Array.isArray(srcset) ? srcset.map(String) : String(srcset).split(',');
        node.properties.srcSet = candidates
          .map((candidate) => {
            const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
            return [absolute(url, base), ...descriptors].join(' ');
          })
          .join(', ');
      }
    });
  };
}

/** Makes every link and image address in an HTML fragment absolute, resolved against `pageUrl`. */
export async function absoluteUrlsInHtml(html: string, pageUrl: string): Promise<string> {
  const file = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeAbsoluteUrls, { base: pageUrl })
    .use(rehypeStringify)
    .process(html);
  return String(file);
}

/** Escapes text for use inside XML (element text or a double-quoted attribute). */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
