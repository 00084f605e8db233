import { expect, test } from 'vitest';
import { html } from './html-template.js';

test('interpolated strings are escaped, nested templates are not', () => {
  const inner = html`<b>${'<i>&</i>'}</b>`;
  expect(html`<p title="${'"x"'}">${inner}${['<', html`<br>`]}</p>`.value).toBe(
    '<p title="&quot;x&quot;"><b>&lt;i&gt;&amp;&lt;/i&gt;</b>&lt;<br></p>',
  );
});

test('numbers are written, absent values leave nothing', () => {
  expect(html`${3}|${undefined}|${null}|${false}|${0}`.value).toBe('3||||0');
});
