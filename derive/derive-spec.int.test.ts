// derive-spec as a user meets it: reproducible output, one-line errors with exit code 2 for bad
// input, and an output directory that is never left half-written.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import { runScript } from '../test-support/run-script.js';
import { diffTrees, readTree } from './write-tree.js';
import modelSource from '../spec/model-source.json' with { type: 'json' };

const modelPath = join(PROJECT_ROOT, modelSource.path);
const haveModel = existsSync(modelPath);
const tmp = (): string => mkdtempSync(join(tmpdir(), 'derive-spec-'));

// A skipped test shows only in verbose output; this shows in the default reporter's as well.
if (!haveModel) {
  console.warn(
    `spec/ was NOT checked against the model: ${modelPath} is missing (clone ../shared beside the project)`,
  );
}

describe.skipIf(!haveModel)(`with the model at ${modelSource.path}`, () => {
  let first: string;
  beforeAll(() => {
    first = join(tmp(), 'spec');
    expect(runScript('derive-spec.ts', ['--out', first]).status).toBe(0);
  });

  test('two derivations are byte-for-byte identical', () => {
    const second = join(tmp(), 'spec');
    expect(runScript('derive-spec.ts', ['--out', second]).status).toBe(0);
    expect(diffTrees(readTree(first), readTree(second))).toEqual([]);
  });

  test('spec/derived/ is up to date with the model (run npm run derive-spec if not)', () => {
    expect(diffTrees(readTree(join(PROJECT_ROOT, 'spec/derived')), readTree(first))).toEqual([]);
  });

  test('--check exits 0 when up to date, 1 naming the file when stale', () => {
    const copy = join(tmp(), 'spec');
    expect(runScript('derive-spec.ts', ['--out', copy]).status).toBe(0);
    expect(runScript('derive-spec.ts', ['--out', copy, '--check']).status).toBe(0);
    writeFileSync(join(copy, 'errors.json'), '{}\n');
    const r = runScript('derive-spec.ts', ['--out', copy, '--check']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('errors.json');
  });

  test('a gzipped copy of the model derives the same spec', () => {
    const gz = join(tmp(), 'model.json.gz');
    writeFileSync(gz, gzipSync(readFileSync(modelPath)));
    const out = join(tmp(), 'spec');
    expect(runScript('derive-spec.ts', ['--model', gz, '--out', out]).status).toBe(0);
    expect(diffTrees(readTree(first), readTree(out))).toEqual([]);
  });

  test('provenance names the pinned source, commit and digest', () => {
    const p = JSON.parse(readFileSync(join(first, 'provenance.json'), 'utf8')) as {
      model: { commit: string; sha256: string; source: string };
    };
    expect(p.model).toMatchObject({ commit: modelSource.commit, sha256: modelSource.sha256 });
    expect(p.model.source).toContain(modelSource.repositoryPath);
  });
});

describe('bad input: one line on stderr, exit code 2, output untouched', () => {
  const cases: [string, (dir: string) => string][] = [
    ['a missing file', (d) => join(d, 'missing.json')],
    ['corrupt JSON', (d) => write(d, 'bad.json', '{"smithy": "2.0", ')],
    ['corrupt gzip', (d) => write(d, 'bad.json.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3]))],
    ['a model of another service', (d) => write(d, 'other.json', JSON.stringify(otherService))],
    ['an unsupported format', (d) => write(d, 'list.json', '[1, 2, 3]')],
    ['a directory', (d) => d],
    // JSON.parse's message quotes the input around the error, line break and all.
    ['a multi-line file that is not JSON (YAML)', (d) => write(d, 'm.yaml', 'a: 1\nb: 2\n')],
    ['metadata null', (d) => write(d, 'm.json', '{"metadata":null,"operations":{},"shapes":{}}')],
    ['shapes null', (d) => write(d, 'm.json', '{"smithy":"2.0","shapes":null}')],
    ['a shape null', (d) => write(d, 'm.json', '{"smithy":"2.0","shapes":{"x#Y":null}}')],
    [
      'a Smithy 1.0 AST',
      (d) => write(d, 'v1.json', JSON.stringify({ ...otherService, smithy: '1.0' })),
    ],
  ];
  const otherService = {
    smithy: '2.0',
    shapes: { 'x#S3': { type: 'service', traits: { 'aws.api#service': { sdkId: 'S3' } } } },
  };
  function write(dir: string, name: string, content: string | Buffer): string {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  }

  test.each(cases)('%s', (_name, make) => {
    const dir = tmp();
    const out = join(tmp(), 'spec');
    mkdirSync(out);
    writeFileSync(join(out, 'errors.json'), 'previous');
    const r = runScript('derive-spec.ts', ['--model', make(dir), '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^derive-spec: error: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readTree(out)).toEqual(new Map([['errors.json', 'previous']]));
  });

  test('the messages say what is wrong and where', () => {
    const dir = tmp();
    const message = (content: string): string =>
      runScript('derive-spec.ts', ['--model', write(dir, 'm.json', content), '--check']).stderr;
    expect(message('{"smithy":"2.0","shapes":{"x#Y":null}}')).toBe(
      'derive-spec: error: model: shapes["x#Y"] is null, expected an object\n',
    );
    expect(message(JSON.stringify({ ...otherService, smithy: '1.0' }))).toMatch(
      /"smithy": "1\.0" is not a supported version; derive-spec reads Smithy 2 JSON ASTs only \("smithy": "2\.0" or "2"\)/,
    );
  });

  test('--out naming a regular file: refused, the file untouched', () => {
    const file = join(tmp(), 'notes.txt');
    writeFileSync(file, 'keep me');
    // --out is checked before the model is read: no model is needed to see it refused.
    for (const args of [
      ['--out', file],
      ['--out', file, '--check'],
      ['--out', join(file, 'x')],
    ]) {
      const r = runScript('derive-spec.ts', ['--model', join(tmp(), 'missing.json'), ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^derive-spec: error: .*--out .*notes\.txt[^\n]*\n$/);
      expect(readFileSync(file, 'utf8')).toBe('keep me');
    }
  });

  test('an unknown flag', () => {
    const r = runScript('derive-spec.ts', ['--modle', 'x']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^derive-spec: error: .*--modle/);
  });
});
