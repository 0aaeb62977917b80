/**
 * The text of a page's <title>. Search results and browser tabs cut titles off at about
 * 60–70 characters (html-validate's long-title rule allows 70), so the site name is added
 * only when it still fits; the page's own title matters most.
 */
export const TITLE_MAX_LENGTH = 70;

export function pageTitle(options: {
  title: string;
  siteName: string;
  tagline: string;
  isHome: boolean;
}): string {
  const { title, siteName, tagline, isHome } = options;
  const full = isHome ? `${siteName}: ${tagline}` : `${title} | ${siteName}`;
  if (full.length <= TITLE_MAX_LENGTH) return full;
  return isHome ? siteName : title;
}
