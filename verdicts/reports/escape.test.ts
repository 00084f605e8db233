import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { HOSTILE } from '../../test-support/sample-report.js';
import { escapeMarkup, escapeXmlAttribute, visibleControls } from './escape.js';

describe('visibleControls', () => {
  test('writes characters XML forbids as \\uXXXX and keeps the rest', () => {
    expect(visibleControls('a\u0000b\u0001\u001f\ufffe\uffff')).toBe(
      'a\\u0000b\\u0001\\u001F\\uFFFE\\uFFFF',
    );
    expect(visibleControls('tab\tnl\ncr\r')).toBe('tab\tnl\ncr\r');
  });

  test('keeps astral characters whole and marks lone surrogates', () => {
    expect(visibleControls('\u{1f600}\u{1d11e}')).toBe('\u{1f600}\u{1d11e}');
    expect(visibleControls('x\ud800y\udfffz')).toBe('x\\uD800y\\uDFFFz');
  });

  test('leaves DEL and C1 controls, which XML 1.0 allows', () => {
    expect(visibleControls('\u007f\u0085')).toBe('\u007f\u0085');
  });
});

describe('escapeMarkup', () => {
  test('escapes the five markup characters', () => {
    expect(escapeMarkup(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  test('hostile text survives a round trip through a real XML parser, as content and attribute', () => {
    const doc = `<r a="${escapeXmlAttribute(HOSTILE)}">${escapeMarkup(HOSTILE)}</r>`;
    expect(XMLValidator.validate(doc)).toBe(true);
    const parsed = new XMLParser({
      ignoreAttributes: false,
      processEntities: true,
      htmlEntities: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: false,
    }).parse(doc) as { r: { '#text': string; '@_a': string } };
    const expected = visibleControls(HOSTILE);
    expect(parsed.r['#text']).toBe(expected);
    expect(parsed.r['@_a']).toBe(expected);
  });
});
