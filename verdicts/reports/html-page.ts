// The page around a report or a matrix: inline CSS only, and a Content-Security-Policy that
// forbids every script and every load. Reports carry bodies from arbitrary endpoints; should one
// ever slip past escaping, the browser still runs nothing and fetches nothing, and a test sees
// the refusal as a console error.
import { Html, html } from './html-template.js';

const STYLE = `
:root { font: 14px/1.45 system-ui, sans-serif; color: #1b1f24; background: #fff; }
body { margin: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; }
code, pre { font: 12px/1.4 ui-monospace, monospace; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; padding: .5rem; margin: .25rem 0; border-radius: 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid #d8dee4; }
thead th { position: sticky; top: 0; background: #fff; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { color: #57606a; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
ul.counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; }
ul.counts li { padding: .3rem .6rem; border-radius: 4px; }
ul.counts .n { font-weight: 700; font-size: 1.1rem; margin-right: .3rem; }
.badge { display: inline-block; padding: 0 .4rem; border-radius: 3px; white-space: nowrap; }
.verdict { padding: .1rem .6rem; border-radius: 4px; color: #fff; }
.verdict-pass { background: #1a7f37; }
.verdict-fail { background: #cf222e; }
.verdict-unverified { background: #bc4c00; }
.o-pass { background: #dafbe1; color: #116329; }
.o-fail { background: #ffebe9; color: #a40e26; font-weight: 600; }
.o-unverified { background: #fff1e5; color: #953800; font-weight: 600; }
.o-unexpected-pass { background: #fbefff; color: #8250df; font-weight: 600; }
.o-expected-fail { background: #fff8c5; color: #7d4e00; }
.o-observed { background: #ddf4ff; color: #0550ae; }
.o-skipped { background: #eaeef2; color: #424a53; }
.o-not-covered { background: #f6f8fa; color: #57606a; font-style: italic; }
.o-absent { color: #8c959f; }
.statement { color: #424a53; }
.small { font-size: 12px; color: #57606a; }
table.matrix tbody th { font-weight: normal; width: 40%; }
tr[data-differs="true"] > th { border-left: 3px solid #bf8700; }
#only-differing:checked ~ table.matrix tbody tr[data-differs="false"] { display: none; }
.observed { margin-top: .2rem; overflow-wrap: anywhere; }
details.observed > summary { cursor: pointer; }
details.failure { border: 1px solid #d8dee4; border-radius: 4px; margin: .5rem 0; padding: .25rem .5rem; }
details.failure > summary { cursor: pointer; }
.exchange { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem; }
.warning { background: #fff8c5; padding: .5rem; border-radius: 4px; }
`;

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function page(title: string, body: Html): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}
