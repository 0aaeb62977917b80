/**
 * Draws public/og-image.png, the picture that social media and chat apps show with a
 * link to the site (1200x630, the Open Graph size). Run after changing the name or colours:
 *   node_modules/.bin/node scripts/og-image.mjs
 * The PNG is committed, so builds do not depend on the fonts of the build machine.
 */
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const WIDTH = 1200;
const HEIGHT = 630;
const BRAND = '#14532d';
const BRAND_DARK = '#0b3a1f';
const ACCENT = '#fcd34d';

// The name large, a yellow bar as on the site's buttons, the tagline and the address.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="${BRAND}"/>
  <rect y="${HEIGHT - 40}" width="${WIDTH}" height="40" fill="${BRAND_DARK}"/>
  <text x="96" y="300" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="84" font-weight="700" fill="#fff">West wint aan ruimte</text>
  <rect x="96" y="340" width="180" height="12" rx="6" fill="${ACCENT}"/>
  <text x="96" y="430" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="44" fill="#fff">Samen werken aan Kerkrade-West</text>
  <text x="96" y="510" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="32" fill="${ACCENT}">www.westwint.nl</text>
</svg>`;

const out = fileURLToPath(new URL('../public/og-image.png', import.meta.url));
const info = await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: false }).toFile(out);
console.log(`${out}: ${info.width}x${info.height}, ${info.size} bytes`);
