/** A form in happy-dom's document, for the unit tests of the forms' browser script (src/scripts/forms/). */
import { vi } from 'vitest';
import type { Field } from '../../src/scripts/forms/validate-field';

/** Puts a form with this markup in the document and returns it. */
export function formFrom(html: string): HTMLFormElement {
  document.body.innerHTML = `<form>${html}</form>`;
  return document.querySelector('form')!;
}

export const field = <T extends Field = HTMLInputElement>(selector: string) =>
  document.querySelector(selector) as T;

/** After each test: the clock, the globals and the document as they were, and nothing saved. */
export function cleanUp(): void {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  localStorage.clear();
}
