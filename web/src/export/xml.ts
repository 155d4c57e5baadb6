/**
 * Text for XML attributes and elements. Characters XML 1.0 cannot carry at all (C0 controls other
 * than tab, newline and carriage return; lone surrogates; U+FFFE/U+FFFF) are dropped, since no
 * escape makes them legal; newlines and tabs in attributes become character references so a parser
 * does not normalise them to spaces.
 */
const ILLEGAL =
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return text.replace(ILLEGAL, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
