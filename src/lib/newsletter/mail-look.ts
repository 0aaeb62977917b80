/**
 * The mail's colours and type (src/lib/newsletter/mail.ts), from the design tokens of the set
 * westwint-mail (src/design/tokens/components/westwint-mail.tokens.json), as the theme resolves
 * them. Mail clients read no custom properties, and Outlook no rem, so the values go into the mail
 * itself: colours as hex, sizes as whole pixels at the site's root size.
 *
 * Only a type comes from the design system here, so mail.ts and its unit test stay free of it.
 */
import type { Theme } from '../../design/theme.ts';

export const MAIL_TOKEN_SET = 'westwint-mail';
const SET_FILE = `src/design/tokens/components/${MAIL_TOKEN_SET}.tokens.json`;

type Kind = 'color' | 'size' | 'line-height' | 'font-weight' | 'font-family';

/** Each value of the look: the token it comes from (westwint-mail-<name>) and what kind of value it is. */
const LOOK = {
  textColor: ['color', 'color'],
  quietColor: ['quiet-color', 'color'],
  linkColor: ['link-color', 'color'],
  headingColor: ['heading-color', 'color'],
  backgroundColor: ['background-color', 'color'],
  contentBackgroundColor: ['content-background-color', 'color'],
  buttonBackgroundColor: ['button-background-color', 'color'],
  buttonColor: ['button-color', 'color'],
  fontFamily: ['font-family', 'font-family'],
  fontSize: ['font-size', 'size'],
  smallFontSize: ['small-font-size', 'size'],
  heading1FontSize: ['heading-1-font-size', 'size'],
  heading2FontSize: ['heading-2-font-size', 'size'],
  buttonFontSize: ['button-font-size', 'size'],
  lineHeight: ['line-height', 'line-height'],
  headingLineHeight: ['heading-line-height', 'line-height'],
  headingFontWeight: ['heading-font-weight', 'font-weight'],
  buttonFontWeight: ['button-font-weight', 'font-weight'],
} as const satisfies Record<string, readonly [name: string, kind: Kind]>;

/** The mail's colours (hex), sizes (whole px), line heights (unitless), weights and font list. */
export type MailLook = { readonly [K in keyof typeof LOOK]: string };

/** What 1rem is on the site: basis.text.font-size.root, a share of the browser's own 16px. */
const ROOT_FONT_SIZE = 'root-font-size';
const BROWSER_FONT_SIZE_PX = 16;

/** Every token of the set the mail reads, as the theme names them. */
export const MAIL_TOKENS: readonly string[] = [
  ROOT_FONT_SIZE,
  ...Object.values(LOOK).map(([name]) => name),
].map((name) => `${MAIL_TOKEN_SET}-${name}`);

// The values go into MJML attributes and inline styles, so each kind allows only what it needs.
const VALUE: Record<Exclude<Kind, 'size'>, RegExp> = {
  color: /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i,
  'line-height': /^\d+(?:\.\d+)?$/,
  'font-weight': /^[1-9]00$/,
  'font-family': /^[\w\s,'-]+$/,
};
const LENGTH = /^(\d+(?:\.\d+)?|\.\d+)(px|rem|%)$/;

/** The mail's look from the theme; a token missing or of a value no mail client reads stops the build, naming it. */
export function mailLook(theme: Pick<Theme, 'sets'>): MailLook {
  const set = theme.sets.get(MAIL_TOKEN_SET);
  if (!set)
    throw new Error(
      `The theme has no token set ${MAIL_TOKEN_SET}: the mail's colours and type (${SET_FILE})`,
    );
  const token = (name: string): string => {
    const value = set.get(`${MAIL_TOKEN_SET}-${name}`);
    if (value === undefined)
      throw new Error(`The mail reads the token ${MAIL_TOKEN_SET}-${name}, which ${SET_FILE} does not set`);
    return value;
  };
  const unreadable = (name: string, value: string, what: string) =>
    new Error(`${MAIL_TOKEN_SET}-${name} is "${value}": the mail needs ${what} (${SET_FILE})`);

  const rootValue = token(ROOT_FONT_SIZE);
  const root = LENGTH.exec(rootValue);
  if (!root || root[2] === 'rem') throw unreadable(ROOT_FONT_SIZE, rootValue, 'a percentage or pixels');
  const remPx = root[2] === '%' ? (Number(root[1]) / 100) * BROWSER_FONT_SIZE_PX : Number(root[1]);

  const read = (name: string, kind: Kind): string => {
    const value = token(name);
    if (kind !== 'size') {
      if (!VALUE[kind].test(value)) throw unreadable(name, value, `a ${kind} a mail client reads`);
      return value;
    }
    const length = LENGTH.exec(value);
    if (!length || length[2] === '%')
      throw unreadable(name, value, 'one length in px or rem (mail clients read no clamp(), vw or %)');
    const px = Number(length[1]) * (length[2] === 'rem' ? remPx : 1);
    return `${Math.round(px)}px`;
  };
  return Object.fromEntries(
    Object.entries(LOOK).map(([key, [name, kind]]) => [key, read(name, kind)]),
  ) as MailLook;
}
