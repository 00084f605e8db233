// Escaping for text that comes from a report into XML or HTML. Reports carry bodies from
// arbitrary endpoints, so anything may be in them: markup, quotes, control characters, lone
// surrogates. Characters XML 1.0 forbids are shown as \uXXXX rather than dropped, because what an
// endpoint sent is the evidence a reader is looking for.

// Everything outside XML 1.0's Char production; with the u flag a lone surrogate is one code
// point in D800-DFFF and matches, while a valid pair is a single astral code point and does not.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `s` with every character XML cannot carry written as a visible \uXXXX. */
export function visibleControls(s: string): string {
  return s.replace(
    NOT_XML_CHAR,
    (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** Safe as element content and inside a double- or single-quoted attribute (XML or HTML). */
export function escapeMarkup(s: string): string {
  return visibleControls(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * Safe inside an XML attribute with its whitespace kept: a parser turns a literal tab, newline
 * or carriage return in an attribute value into a space, a character reference it keeps.
 */
export function escapeXmlAttribute(s: string): string {
  return escapeMarkup(s).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
