/**
 * GitHub-flavoured Markdown writes a table column's alignment as `align="right"` on <th> and
 * <td>, an attribute HTML no longer allows (html-validate: no-deprecated-attr). This rehype
 * plugin turns it into a class (`align-right`) that src/design/css/table.css styles. It runs after the
 * sanitizer, so the class cannot be set by content any other way than alignment.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

export function alignToClass(node: HastNode): void {
  if (node.type === 'element' && (node.tagName === 'td' || node.tagName === 'th') && node.properties) {
    const align = node.properties.align;
    delete node.properties.align;
    if (typeof align === 'string' && ALIGNMENTS.has(align)) {
      const existing = node.properties.className;
      const classes = Array.isArray(existing)
        ? existing
        : typeof existing === 'string'
          ? existing.split(/\s+/)
          : [];
      node.properties.className = [...classes, `align-${align}`];
    }
  }
  node.children?.forEach(alignToClass);
}

/** The unified plugin: `rehypePlugins: [..., rehypeTableAlign]`. */
export default function rehypeTableAlign() {
  return (tree: HastNode) => alignToClass(tree);
}
