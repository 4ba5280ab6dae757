/** Korean text utilities shared by the extractors: whitespace folding and cleanup. */

/** HTML whitespace plus the no-break and zero-width spaces pages use as padding. */
const SPACE_RUN = /[\s\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000]+/g;

/**
 * Whether a UTF-16 code unit is whitespace in the sense of the regular expression `\s`
 * (ECMAScript WhiteSpace and LineTerminator), compared by code where text is read character by character.
 */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * Whether a string holds whitespace that folding would change: a run of two spaces, or any space
 * other than U+0020 (the zero-width ones SPACE_RUN adds included). Most text has neither, and
 * testing is much cheaper than a replace that rebuilds the string space by space.
 */
const NEEDS_FOLD = /[^\S ]| {2}|[\u200b\u200c\u200d\u2060]/;
/** The same for folding `\s+` alone. */
const NEEDS_WS_FOLD = /[^\S ]| {2}/;
const WS_RUN = /\s+/g;

/** Every run of whitespace (SPACE_RUN: `\s` plus the zero-width spaces) folded into one space; not trimmed. */
export function collapseSpace(text: string): string {
  return NEEDS_FOLD.test(text) ? text.replace(SPACE_RUN, " ") : text;
}

/** Every run of `\s` folded into one space, as `text.replace(/\s+/g, " ")`; not trimmed. */
export function collapseWhitespace(text: string): string {
  return NEEDS_WS_FOLD.test(text) ? text.replace(WS_RUN, " ") : text;
}

/** Folds every run of whitespace into one space and trims. Keeps Hanja, full-width forms and quotes as printed. */
export function foldSpace(text: string): string {
  return collapseSpace(text).trim();
}

/** Folds whitespace inside each line and keeps single line breaks; drops empty lines. */
export function foldLines(text: string): string {
  return text
    .split("\n")
    .map((line) => foldSpace(line))
    .filter((line) => line.length > 0)
    .join("\n");
}

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex
const CONTROLS_ALL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** The characters CONTROLS matches, one by one: 30 searches for one character each beat one scan for a class of them. */
const CONTROL_CHARS = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c)).filter((c) => CONTROLS.test(c));

/**
 * Removes characters that are never text: NUL and other C0 controls except tab and newline.
 * Lone surrogates are the decoder's business (decodeChunks and decodeString give well-formed text).
 */
export function stripControls(text: string): string {
  return CONTROL_CHARS.some((c) => text.includes(c)) ? text.replace(CONTROLS_ALL, "") : text;
}
