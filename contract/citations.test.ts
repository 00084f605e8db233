// Every requirement of the catalogue is cited by some check, or listed in suites/not-covered.json
// with the reason no check can verify it. That each cited id exists is the compiler's business
// (checks take RequirementId); that every id is cited is what it cannot see. The mutation score
// (verdicts/mutation-score.gate.test.ts)
// proves this by running the suites, in minutes; this finds an uncited id in a second, from the
// text of the suites (*.suite.ts) and of the contract cases (contract/cases/*.json, `breaks`).
// Ids a suite builds at run time are resolved with the helper the suite builds them with.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { OPERATIONS, REQUIREMENTS, type SchemaName } from './index.js';
import { shapeRequirementsOf } from '../harness/checks/schema.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import notCovered from '../suites/not-covered.json' with { type: 'json' };

interface Source {
  /** Relative to the project, with forward slashes: suites/wire/errors.suite.ts. */
  path: string;
  text: string;
}

/** A place where a suite builds ids at run time rather than spelling them out. */
interface Built {
  file: string;
  /** The call or template literal that builds them, as the file spells it. */
  site: string;
  /** Code of the file that `ids` mirrors: if it changes, the ids may, and BUILT must be revised. */
  context: string[];
  ids: () => string[];
}

/** The strings a text quotes ('CONN-NAME-UNIQUE', "shape.TagKey.length"): how ids are cited. */
function quoted(text: string): string[] {
  return [...text.matchAll(/(['"`])([\w.#-]+)\1/g)].map((m) => m[2] as string);
}

/** The `breaks` members anywhere in a contract case file. */
function breaksOf(doc: unknown): string[] {
  if (Array.isArray(doc)) return doc.flatMap(breaksOf);
  if (typeof doc !== 'object' || doc === null) return [];
  return Object.entries(doc).flatMap(([key, value]) =>
    key === 'breaks' ? [value].flat().filter((v) => typeof v === 'string') : breaksOf(value),
  );
}

/** shapeRequirementsOf(...) calls and `shape.${...}` templates: ids built at run time. */
const SITE = /shapeRequirementsOf\(([^()]*)\)|`shape\.\$\{[^`]*`/g;

/**
 * The ids the suites and cases cite (with whatever else they quote), and the places where a suite
 * builds ids this cannot resolve. `shapeIds` resolves shapeRequirementsOf('<literal>').
 */
function gatherCitations(
  suites: Source[],
  cases: Source[],
  built: Built[],
  shapeIds: (schema: string) => string[],
): { cited: Set<string>; problems: string[] } {
  const cited = new Set<string>();
  const problems: string[] = [];
  for (const { path, text } of suites) {
    for (const s of quoted(text)) cited.add(s);
    for (const m of text.matchAll(SITE)) {
      const literal = /^\s*(['"])(\w+)\1\s*$/.exec(m[1] ?? '');
      if (literal) for (const id of shapeIds(literal[2] as string)) cited.add(id);
      else if (!built.some((b) => b.file === path && b.site === m[0])) {
        problems.push(`${path}: ${m[0]} builds ids this test cannot resolve; add it to BUILT`);
      }
    }
  }
  for (const b of built) {
    const text = suites.find((s) => s.path === b.file)?.text ?? '';
    const gone = [b.site, ...b.context].filter((code) => !text.includes(code));
    if (gone.length > 0) problems.push(`${b.file} no longer has ${gone.join(' / ')}; revise BUILT`);
    else for (const id of b.ids()) cited.add(id);
  }
  for (const { text } of cases) for (const id of breaksOf(JSON.parse(text))) cited.add(id);
  return { cited, problems };
}

/** Catalogue ids nothing cites and not-covered.json does not list with a reason. */
function uncoveredIds(
  catalogue: Iterable<string>,
  cited: ReadonlySet<string>,
  listed: Readonly<Record<string, string>>,
): string[] {
  return [...catalogue].filter((id) => !cited.has(id) && !listed[id]?.trim());
}

// The real inputs.

const read = (path: string): Source => ({
  path,
  text: readFileSync(join(PROJECT_ROOT, path), 'utf8'),
});
const under = (dir: string, suffix: string): string[] =>
  readdirSync(join(PROJECT_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(suffix))
    .map((f) => `${dir}/${f.replaceAll('\\', '/')}`)
    .sort();
const suiteFiles = under('suites', '.suite.ts').map(read);
const caseFiles = under('contract/cases', '.json')
  .filter((f) => !f.endsWith('case.schema.json'))
  .map(read);

/** The members a request schema requires, read as suites/wire/request-shapes.suite.ts does. */
function requiredMembers(schema: string): string[] {
  const doc = JSON.parse(
    readFileSync(join(PROJECT_ROOT, `spec/derived/schemas/${schema}.schema.json`), 'utf8'),
  ) as { $defs: Record<string, { required?: string[] }> };
  return doc.$defs[schema]?.required ?? [];
}

const ERROR_SCHEMAS = ['InvalidRequestException', 'ResourceNotFoundException'] as const;
/** The errors only a target's control interface provokes (checkWithControl). */
const CONTROLLED_ERROR_SCHEMAS = [
  'InternalServiceErrorException',
  'InvalidStateException',
] as const;
const BUILT: Built[] = [
  {
    file: 'suites/wire/response-schemas.suite.ts',
    site: 'shapeRequirementsOf(schema)',
    context: [
      'for (const op of OPERATIONS.operations) {',
      'const schema = op.output as SchemaName;',
    ],
    ids: () => OPERATIONS.operations.flatMap((op) => shapeRequirementsOf(op.output as SchemaName)),
  },
  {
    file: 'suites/wire/errors.suite.ts',
    site: 'shapeRequirementsOf(name)',
    context: [
      "for (const name of ['InvalidRequestException', 'ResourceNotFoundException'] as const) {",
      `shapeRequirementsOf(name).filter((id) => id !== 'WIRE-ERROR-TYPE-BODY')`,
    ],
    ids: () =>
      ERROR_SCHEMAS.flatMap((n) => shapeRequirementsOf(n)).filter(
        (id) => id !== 'WIRE-ERROR-TYPE-BODY',
      ),
  },
  {
    file: 'suites/wire/errors.suite.ts',
    site: 'shapeRequirementsOf(name)',
    context: [
      "for (const name of ['InternalServiceErrorException', 'InvalidStateException'] as const) {",
      'checkWithControl(',
    ],
    ids: () => CONTROLLED_ERROR_SCHEMAS.flatMap((n) => shapeRequirementsOf(n)),
  },
  {
    file: 'suites/wire/request-shapes.suite.ts',
    site: '`shape.${schema}.type`',
    context: [
      'for (const op of OPERATIONS.operations) {',
      'const schema = op.input as SchemaName;',
    ],
    ids: () => OPERATIONS.operations.map((op) => `shape.${op.input}.type`),
  },
  {
    file: 'suites/wire/request-shapes.suite.ts',
    site: '`shape.${schema}.required`',
    context: [
      'const schema = op.input as SchemaName;',
      'for (const member of requiredMembers(schema)) {',
    ],
    ids: () =>
      OPERATIONS.operations
        .filter((op) => requiredMembers(op.input).length > 0)
        .map((op) => `shape.${op.input}.required`),
  },
];

const catalogue = [...REQUIREMENTS.keys()];
const listed: Record<string, string> = notCovered.requirements;

describe('the catalogue against the suites and cases', () => {
  const { cited, problems } = gatherCitations(suiteFiles, caseFiles, BUILT, (s) =>
    shapeRequirementsOf(s as SchemaName),
  );

  test('the suites and cases are found, and every id a suite builds is resolved', () => {
    expect(suiteFiles.length).toBeGreaterThan(20);
    expect(caseFiles.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });

  test('every requirement id is cited by a suite or a case, or listed in suites/not-covered.json', () => {
    expect(uncoveredIds(catalogue, cited, listed)).toEqual([]);
  });

  test('suites/not-covered.json lists only catalogue ids, each with a reason', () => {
    for (const [id, reason] of Object.entries(listed)) {
      expect(REQUIREMENTS.has(id as never), id).toBe(true);
      expect(reason.trim(), id).not.toBe('');
    }
  });

  test('a catalogue id nothing cites is named (the check can fail)', () => {
    const withBogus = [...catalogue, 'CONN-BOGUS-NEVER-CITED'];
    expect(uncoveredIds(withBogus, cited, listed)).toEqual(['CONN-BOGUS-NEVER-CITED']);
  });
});

describe('gatherCitations and uncoveredIds, on made-up inputs', () => {
  const suite = (text: string, path = 'suites/x/a.suite.ts'): Source => ({ path, text });
  const none = (): string[] => [];

  test('an id quoted in a suite is cited; one only in a comment is not', () => {
    const { cited } = gatherCitations(
      [
        suite(
          `// CONN-B is not cited here\ncheck(['CONN-A'], 'x', body);\nrequire(ok, "CONN-C", m);`,
        ),
      ],
      [],
      [],
      none,
    );
    expect(uncoveredIds(['CONN-A', 'CONN-B', 'CONN-C'], cited, {})).toEqual(['CONN-B']);
  });

  test('the breaks of a contract case are cited, at any depth', () => {
    const cases = [{ path: 'c.json', text: '[{"tests": [{"breaks": "shape.A.length"}]}]' }];
    const { cited } = gatherCitations([], cases, [], none);
    expect(uncoveredIds(['shape.A.length', 'shape.A.type'], cited, {})).toEqual(['shape.A.type']);
  });

  test("shapeRequirementsOf('X') is resolved with the helper", () => {
    const { cited, problems } = gatherCitations(
      [suite(`check(shapeRequirementsOf('X'), 'x', body);`)],
      [],
      [],
      (s) => [`shape.${s}.type`],
    );
    expect(problems).toEqual([]);
    expect(cited.has('shape.X.type')).toBe(true);
  });

  test('an id built in a way BUILT does not know is a problem, not a silent miss', () => {
    const { problems } = gatherCitations(
      [suite('check([`shape.${s}.enum`], "x", body); check(shapeRequirementsOf(other), "y", b);')],
      [],
      [],
      none,
    );
    expect(problems).toEqual([
      'suites/x/a.suite.ts: `shape.${s}.enum` builds ids this test cannot resolve; add it to BUILT',
      'suites/x/a.suite.ts: shapeRequirementsOf(other) builds ids this test cannot resolve; add it to BUILT',
    ]);
  });

  test('a BUILT entry resolves its ids while its code is there, and is a problem once it is gone', () => {
    const entry: Built = {
      file: 'suites/x/a.suite.ts',
      site: '`shape.${s}.type`',
      context: ['for (const s of SHAPES)'],
      ids: () => ['shape.S.type'],
    };
    const there = gatherCitations(
      [suite('for (const s of SHAPES) check([`shape.${s}.type`], "x", b);')],
      [],
      [entry],
      none,
    );
    expect(there.problems).toEqual([]);
    expect(there.cited.has('shape.S.type')).toBe(true);
    const gone = gatherCitations([suite('check(["shape.T.type"], "x", b);')], [], [entry], none);
    expect(gone.problems).toHaveLength(1);
    expect(gone.cited.has('shape.S.type')).toBe(false);
  });

  test('a listed id needs a reason to be excused', () => {
    const cited = new Set<string>();
    expect(
      uncoveredIds(['A-B', 'C-D', 'E-F'], cited, { 'A-B': 'cannot be provoked', 'C-D': ' ' }),
    ).toEqual(['C-D', 'E-F']);
  });
});
