/** The block of YAML between two "---" lines that opens every content file. */
import yaml from 'js-yaml';

export const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** The front matter's YAML text, or undefined when the file does not open with one. */
export function frontMatterText(text: string): string | undefined {
  return FRONT_MATTER.exec(text)?.[1];
}

/** The front matter's fields, or an empty record when there are none (or they do not parse). */
export function frontMatterFields(text: string): Record<string, unknown> {
  try {
    const data = yaml.load(frontMatterText(text) ?? '');
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
