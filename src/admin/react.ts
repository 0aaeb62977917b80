/**
 * Sveltia CMS renders custom fields and preview templates with React, and hands its own React to
 * such code on `window` (h, createClass), so the editor bundles no second copy. Only what our code
 * uses is typed here; Sveltia passes entries as Immutable.js maps.
 */
export type Node = unknown;
export type Props = Record<string, unknown> & { key?: string | number };
export type CreateElement = (type: unknown, props?: Props | null, ...children: Node[]) => Node;

/** The parts of an Immutable.js map that our code reads. */
export interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  toJS(): unknown;
}

declare global {
  interface Window {
    h: CreateElement;
    createClass: <Spec extends object>(spec: Spec & ThisType<Spec & ClassInstance>) => unknown;
  }
}

/** What a class component made with createClass has besides its own methods. */
export interface ClassInstance {
  props: Record<string, unknown>;
  state: Record<string, unknown>;
  setState(update: Record<string, unknown>): void;
}

/** React's createElement, once Sveltia has put it on window (after its module has run). */
export const h: CreateElement = (...args) => window.h(...args);
