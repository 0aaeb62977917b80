import type { AstroIntegration } from 'astro';

/**
 * Drafts and future items are shown by `astro dev` only. The decision follows the
 * command, not NODE_ENV or --mode: a build with NODE_ENV=test or development set
 * somewhere (a CI runner, a Netlify setting) must still never publish a draft.
 */
export default function publishing(): AstroIntegration {
  return {
    name: 'westwint-publishing',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { 'import.meta.env.SHOW_UNPUBLISHED': JSON.stringify(command === 'dev') } },
        });
      },
    },
  };
}
