// Cross-check with botocore's independent rendering of the model: every shape must carry the same
// lengths, patterns (after re-anchoring), enums and required members. Only the facts botocore does
// not carry (error statuses, the ListConnections paginator) may differ; documentation is prose,
// laid out differently in the two renderings, so only where it is found is compared.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { botocoreModelPath } from '../test-support/botocore-model.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import { loadModel } from './load-model.js';
import { reanchor, topLevelAlternatives } from './read-botocore.js';
import modelSource from '../spec/model-source.json' with { type: 'json' };
import { existsSync } from 'node:fs';

const boto = botocoreModelPath();
const smithyPath = join(PROJECT_ROOT, modelSource.path);

// A skipped test shows only in verbose output; these show in the default reporter's as well.
if (!existsSync(smithyPath)) {
  console.warn(
    `spec/ was NOT cross-checked against botocore: ${smithyPath} is missing (clone ../shared beside the project)`,
  );
}
if (!boto) {
  console.warn(
    'spec/ was NOT cross-checked against botocore: python3 with botocore is not installed (pip install botocore)',
  );
}

describe.skipIf(!boto || !existsSync(smithyPath))(
  'botocore rendering (python3 with botocore, and the Smithy model, are needed)',
  () => {
    test('same shapes, lengths, patterns, enums and required members', () => {
      const fromBoto = loadModel(boto as string).ir;
      const fromSmithy = loadModel(smithyPath).ir;
      expect(Object.keys(fromBoto.shapes).sort()).toEqual(Object.keys(fromSmithy.shapes).sort());
      for (const [name, shape] of Object.entries(fromSmithy.shapes)) {
        const other = fromBoto.shapes[name];
        // Length minimum 0 is the same as none; botocore leaves some out. Documentation is
        // compared apart (below).
        const norm = (s: unknown): string =>
          JSON.stringify(s, (k, v: unknown) =>
            k === 'documentation' || (k === 'min' && v === 0) ? undefined : v,
          );
        const strip = (s: typeof shape | undefined) =>
          s?.kind === 'structure' ? { ...s, error: s.error && { fault: s.error.fault } } : s;
        expect(norm(strip(other)), name).toBe(norm(strip(shape)));
      }
      for (const [name, op] of Object.entries(fromSmithy.operations)) {
        const { paginated: _p, ...rest } = op;
        const { paginated: _q, ...other } = fromBoto.operations[name] ?? op;
        expect(other, name).toEqual(rest);
      }
    });

    test('the same shapes and members are documented', () => {
      const documented = (path: string): string[] =>
        Object.entries(loadModel(path).ir.shapes).flatMap(([name, s]) => [
          ...(s.documentation ? [name] : []),
          ...(s.kind === 'structure'
            ? Object.entries(s.members)
                .filter(([, m]) => m.documentation)
                .map(([m]) => `${name}.${m}`)
            : []),
        ]);
      const fromSmithy = documented(smithyPath);
      expect(fromSmithy.length).toBeGreaterThan(0);
      expect(documented(boto as string).sort()).toEqual(fromSmithy.sort());
    });

    test('the botocore file really lacks the anchors that re-anchoring restores', () => {
      const raw = readFileSync(boto as string);
      expect(raw.length).toBeGreaterThan(0);
      const ir = loadModel(boto as string).ir;
      expect(ir.shapes.ConnectionName).toMatchObject({
        pattern: '^[A-Za-z0-9][A-Za-z0-9\\-_]{3,31}$',
      });
    });
  },
);

describe('reanchor', () => {
  test.each([
    ['[a-z]+', '^[a-z]+$'],
    ['^(?!aws:).+', '^(?!aws:).+$'],
    ['^x$', '^x$'],
    ['a\\$', '^a\\$$'],
    ['.*', '.*'],
    ['a\\\\$', '^a\\\\$'],
    ['a|b', '^(?:a|b)$'],
    ['^a|b$', '^(?:a|b)$'],
    ['^a|b', '^(?:a|b)$'],
    ['^a$|^b$', '^a$|^b$'],
    ['^(?:a|b)$', '^(?:a|b)$'],
    ['(a|b)c', '^(a|b)c$'],
    ['[|]x', '^[|]x$'],
    ['a\\|b', '^a\\|b$'],
    ['[\\]|]x', '^[\\]|]x$'],
  ])('%s becomes %s', (input, output) => {
    expect(reanchor(input)).toBe(output);
  });

  test.each([
    ['a|b', ['a', 'b'], ['ax', 'xb', 'ab', '']],
    ['^a|b$', ['a', 'b'], ['ax', 'xb']],
    ['ab|cd', ['ab', 'cd'], ['abcd', 'abd', 'acd']],
    ['a\\|b', ['a|b'], ['a', 'b']],
  ])('%s re-anchored matches whole values only', (input, matching, other) => {
    const re = new RegExp(reanchor(input), 'u');
    for (const v of matching) expect(re.test(v), v).toBe(true);
    for (const v of other) expect(re.test(v), v).toBe(false);
  });

  test('topLevelAlternatives splits at a | outside groups, classes and escapes only', () => {
    expect(topLevelAlternatives('a|b(c|d)|[|]|\\|e')).toEqual(['a', 'b(c|d)', '[|]', '\\|e']);
    expect(topLevelAlternatives('abc')).toEqual(['abc']);
  });
});
