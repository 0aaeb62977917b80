/**
 * The editor's corner, bottom right: the publication banner (publishing-banner.ts) above the newsletter
 * panel (newsletter-panel.ts), stacked, so neither covers the other.
 */
export function corner(): HTMLElement {
  const found = document.querySelector<HTMLElement>('.westwint-corner');
  if (found) return found;
  const made = document.createElement('div');
  made.className = 'westwint-corner';
  document.body.append(made);
  return made;
}

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const made = Object.assign(document.createElement(tag), props);
  made.append(...children);
  return made;
}
