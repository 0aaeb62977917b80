interface ImportMetaEnv {
  /** True in `astro dev` only: drafts and future items are previewed (src/integrations/publishing.ts). */
  readonly SHOW_UNPUBLISHED: boolean;
}

/** A component's CSS and tokens (src/integrations/design.ts). */
declare module 'virtual:westwint-design/*' {}
