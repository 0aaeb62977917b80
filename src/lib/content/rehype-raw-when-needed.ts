/**
 * rehype-raw, but only for documents that hold raw HTML. rehype-raw re-parses the whole tree
 * with parse5, which is one of the slowest steps of a large build, while most content files
 * have no HTML at all. A tree without `raw` nodes is left as it is, which is what rehype-raw
 * would return for it. rehype-sanitize still runs on every document after this.
 */
import rehypeRaw from 'rehype-raw';

interface Node {
  type: string;
  children?: Node[];
}

/** True when the tree holds a `raw` node (HTML written in Markdown). */
export function hasRawHtml(node: Node): boolean {
  if (node.type === 'raw') return true;
  return node.children?.some(hasRawHtml) ?? false;
}

type Transform = ReturnType<typeof rehypeRaw>;

export default function rehypeRawWhenNeeded(options?: Parameters<typeof rehypeRaw>[0]): Transform {
  const transform = rehypeRaw(options);
  return (tree, file) => (hasRawHtml(tree) ? transform(tree, file) : tree);
}
