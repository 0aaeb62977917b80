interface ImportMetaEnv {
  /** True in `astro dev` only: drafts and future items are previewed (src/integrations/publishing.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}
