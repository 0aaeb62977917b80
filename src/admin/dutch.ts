/**
 * Editors get the editor in Dutch, whatever their browser's language, unless they picked another
 * language in its settings. Sveltia reads this preference while its module loads, so this module
 * is imported before it. "auto" (Sveltia's default: follow the browser) counts as not picked.
 */
const PREFERENCES_KEY = 'sveltia-cms.prefs';

try {
  const preferences = JSON.parse(localStorage.getItem(PREFERENCES_KEY) ?? '{}') as { locale?: string };
  if (!preferences.locale || preferences.locale === 'auto') {
    localStorage.setItem(PREFERENCES_KEY, JSON.stringify({ ...preferences, locale: 'nl' }));
  }
} catch {
  // Storage blocked: Sveltia then follows the browser's language.
}
