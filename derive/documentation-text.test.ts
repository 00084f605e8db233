import { describe, expect, test } from 'vitest';
import { documentationText } from './documentation-text.js';

describe('documentationText', () => {
  test('paragraphs are separated by a blank line, the source’s line breaks are not kept', () => {
    expect(
      documentationText(
        "<p>A token from a previous result page. All other parameter values must be\n      identical.</p>\n         <p>If you don't specify <code>NextToken</code>, the first page.</p>",
      ),
    ).toBe(
      "A token from a previous result page. All other parameter values must be identical.\n\nIf you don't specify `NextToken`, the first page.",
    );
  });

  test('a link is its text and its address; other markup is dropped, entities decoded', () => {
    expect(
      documentationText(
        '<p>For quotas, see <a href="https://docs.aws.amazon.com/general/latest/gr/apprunner.html">App Runner endpoints and quotas</a> in the\n        <i>General Reference</i> &amp; &lt;more&gt; &#8212; &#x41;.</p>',
      ),
    ).toBe(
      'For quotas, see App Runner endpoints and quotas (https://docs.aws.amazon.com/general/latest/gr/apprunner.html) in the General Reference & <more> \u2014 A.',
    );
  });

  test('list items are paragraphs of their own, marked as items', () => {
    expect(documentationText('<p>Either:</p><ul><li><p>one</p></li><li>two</li></ul>')).toBe(
      'Either:\n\n- one\n\n- two',
    );
  });

  test('text without markup is kept, and nothing left is no documentation', () => {
    expect(documentationText('Plain text.')).toBe('Plain text.');
    expect(documentationText('<p> </p>')).toBeUndefined();
  });
});
