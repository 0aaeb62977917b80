/**
 * The running text of an item, as residents read it on its page: the summary and the Markdown
 * body parsed as the build parses it (GitHub-flavoured), one block per paragraph or list item.
 * Headings, tables, quotes (a blockquote quotes someone else), code and images are left out:
 * they are not sentences the editor wrote to be read as such.
 */
import type { Nodes, Parent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';

/** Made once: combining micromark's extensions is a good part of parsing a short text. */
const PARSE_OPTIONS = { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] };

const LEFT_OUT = new Set([
  'heading',
  'table',
  'blockquote',
  'code',
  'inlineCode',
  'html',
  'image',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'yaml',
  'thematicBreak',
]);

function textOf(node: Nodes): string {
  if (LEFT_OUT.has(node.type)) return '';
  if (node.type === 'text') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? (node as Parent).children.map((child) => textOf(child as Nodes)).join('') : '';
}

function blocksOf(node: Nodes, blocks: string[]): void {
  if (LEFT_OUT.has(node.type)) return;
  if (node.type === 'paragraph') {
    const text = textOf(node).replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) blocksOf(child as Nodes, blocks);
}

/** The blocks of running text of a summary (one block) and a Markdown body. */
export function textBlocks(markdown: string, summary = ''): string[] {
  const blocks = summary.trim() ? [summary.replace(/\s+/g, ' ').trim()] : [];
  blocksOf(fromMarkdown(markdown, PARSE_OPTIONS), blocks);
  return blocks;
}
