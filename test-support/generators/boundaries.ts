// The boundaries each public arbitrary must reach, derived from spec/, and a way to count how
// often a run reaches them. The boundaries test asserts `asserted` within the default number of
// runs; the boundary report prints the counts of all of them. Arbitraries whose values have no
// length or number to measure (providers, which line terminator) are tallied by `categories`.
import type fc from 'fast-check';
import { enumValues, integerRange, stringConstraint } from '../../contract/index.js';
import {
  connectionArn,
  connectionName,
  createConnectionInput,
  invalidConnectionArn,
  invalidConnectionName,
  invalidMaxResults,
  invalidNextToken,
  invalidTagKey,
  invalidTagValue,
  maxResults,
  nextToken,
  providerType,
  tag,
  tagKey,
  tags,
  tagsWithDuplicateKey,
  tagValue,
  tagValueWithLineTerminator,
  type Invalid,
} from '../../generators/index.js';
import { DEFAULT_INPUT_MAX_TAGS } from '../../generators/create-connection-input.js';
import { ALL_SCALARS } from '../../generators/internal/code-point-set.js';
import { codePointLength } from '../../generators/internal/sized-string.js';
import { stringShape } from '../../generators/internal/string-shape.js';
import { DEFAULT_MAX_OTHER_TAGS } from '../../generators/tags-with-duplicate-key.js';
import { DEFAULT_MAX_TAGS } from '../../generators/tags.js';

export interface BoundaryProbe {
  name: string;
  arbitrary: () => fc.Arbitrary<unknown>;
  /** The measured quantity (a length in code points, or the number itself), if any. */
  measure: (value: unknown) => number | undefined;
  /** Boundaries that must appear within the default number of runs. */
  asserted: number[];
  /** Further values worth counting (reported, not asserted). */
  reported: number[];
}

const length = (v: unknown) => (typeof v === 'string' ? codePointLength(v) : undefined);
const labelLength = (l: unknown) => length((l as Invalid).value);
const listLength = (v: unknown) => (Array.isArray(v) ? v.length : undefined);
const member = (name: string) => (v: unknown) => (v as Record<string, unknown>)[name];
const labelNumber = (l: unknown) => {
  const v = (l as Invalid).value;
  return typeof v === 'number' ? v : undefined;
};

export function boundaryProbes(): BoundaryProbe[] {
  const name = stringConstraint('ConnectionName');
  const key = stringConstraint('TagKey');
  const value = stringConstraint('TagValue');
  const token = stringConstraint('NextToken');
  const arn = stringConstraint('AppRunnerResourceArn');
  const max = integerRange('MaxResults');
  return [
    {
      name: 'connectionName',
      arbitrary: connectionName,
      measure: length,
      asserted: [name.minLength, name.maxLength],
      reported: [],
    },
    {
      name: 'invalidConnectionName',
      arbitrary: invalidConnectionName,
      measure: labelLength,
      asserted: [name.minLength - 1, name.maxLength + 1],
      reported: [0],
    },
    {
      name: 'createConnectionInput (ConnectionName)',
      arbitrary: createConnectionInput,
      measure: (v) => length((v as { ConnectionName: string }).ConnectionName),
      asserted: [name.minLength, name.maxLength],
      reported: [],
    },
    {
      name: 'createConnectionInput (Tags; -1 absent)',
      arbitrary: createConnectionInput,
      measure: (v) => listLength(member('Tags')(v)) ?? -1,
      asserted: [-1, 0, DEFAULT_INPUT_MAX_TAGS],
      reported: [],
    },
    {
      name: 'tagKey',
      arbitrary: tagKey,
      measure: length,
      asserted: [key.minLength, key.maxLength],
      reported: [],
    },
    {
      name: 'tag (Key)',
      arbitrary: tag,
      measure: (v) => length(member('Key')(v)),
      asserted: [key.minLength, key.maxLength],
      reported: [],
    },
    {
      name: 'tag (Value)',
      arbitrary: tag,
      measure: (v) => length(member('Value')(v)),
      asserted: [value.minLength, value.maxLength],
      reported: [],
    },
    {
      name: 'tags (tags in the list)',
      arbitrary: tags,
      measure: listLength,
      asserted: [0, DEFAULT_MAX_TAGS],
      reported: [],
    },
    {
      name: 'tagsWithDuplicateKey (tags in the list)',
      arbitrary: tagsWithDuplicateKey,
      measure: (l) => listLength((l as Invalid).value),
      // the duplicated tag, its twin, and up to DEFAULT_MAX_OTHER_TAGS others
      asserted: [2, DEFAULT_MAX_OTHER_TAGS + 2],
      reported: [],
    },
    {
      name: 'invalidTagKey',
      arbitrary: invalidTagKey,
      measure: labelLength,
      asserted: [key.maxLength + 1],
      reported: [0],
    },
    {
      name: 'tagValue',
      arbitrary: tagValue,
      measure: length,
      asserted: [value.minLength, value.maxLength],
      reported: [],
    },
    {
      name: 'invalidTagValue',
      arbitrary: invalidTagValue,
      measure: labelLength,
      asserted: [value.maxLength + 1],
      reported: [],
    },
    {
      name: 'tagValueWithLineTerminator',
      arbitrary: tagValueWithLineTerminator,
      measure: labelLength,
      asserted: [1, value.maxLength],
      reported: [],
    },
    {
      name: 'nextToken',
      arbitrary: nextToken,
      measure: length,
      asserted: [token.minLength, token.maxLength],
      reported: [],
    },
    {
      name: 'invalidNextToken',
      arbitrary: invalidNextToken,
      measure: labelLength,
      asserted: [token.minLength - 1, token.maxLength + 1],
      reported: [],
    },
    {
      name: 'maxResults',
      arbitrary: maxResults,
      measure: (v) => v as number,
      asserted: [max.minimum, max.maximum],
      reported: [],
    },
    {
      name: 'invalidMaxResults',
      arbitrary: invalidMaxResults,
      measure: labelNumber,
      asserted: [max.minimum - 1, max.maximum + 1],
      reported: [],
    },
    {
      name: 'connectionArn (connection name)',
      arbitrary: connectionArn,
      measure: (v) => length(String(v).split('/')[1]),
      asserted: [name.minLength, name.maxLength],
      reported: [],
    },
    {
      name: 'invalidConnectionArn',
      arbitrary: invalidConnectionArn,
      measure: labelLength,
      asserted: [],
      reported: [arn.minLength - 1, arn.maxLength + 1],
    },
  ];
}

export interface CategoryProbe {
  name: string;
  arbitrary: () => fc.Arbitrary<unknown>;
  /** The category of a value; every category in `expected` must appear in a default run. */
  category: (value: unknown) => string;
  expected: string[];
}

const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** The characters TagValue's pattern does not match (its line terminators), by name. */
function lineTerminators(): Map<string, string> {
  const [body] = stringShape('TagValue').form.segments;
  if (!body) throw new Error('TagValue pattern has no characters');
  const outside = ALL_SCALARS.minus(body.characters);
  return new Map(
    Array.from({ length: outside.size }, (_, i) => {
      const cp = outside.at(i);
      return [String.fromCodePoint(cp), codePointName(cp)];
    }),
  );
}

export function categoryProbes(): CategoryProbe[] {
  const providers = enumValues('ProviderType');
  const terminators = lineTerminators();
  return [
    {
      name: 'providerType',
      arbitrary: providerType,
      category: String,
      expected: [...providers],
    },
    {
      name: 'createConnectionInput (ProviderType)',
      arbitrary: createConnectionInput,
      category: (v) => String(member('ProviderType')(v)),
      expected: [...providers],
    },
    {
      name: 'tagValueWithLineTerminator (terminators)',
      arbitrary: tagValueWithLineTerminator,
      category: (l) =>
        [...String((l as Invalid).value)].flatMap((c) => terminators.get(c) ?? []).join('+'),
      expected: [...terminators.values()],
    },
  ];
}

/** How many of `values` fall in each category: the expected ones first, in their order. */
export function tally(values: readonly unknown[], probe: CategoryProbe): Map<string, number> {
  const counts = new Map(probe.expected.map((c) => [c, 0]));
  for (const v of values) {
    const c = probe.category(v);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return counts;
}

/** How many of `values` measure exactly each of `points`. */
export function hits(
  values: readonly unknown[],
  probe: BoundaryProbe,
  points: readonly number[],
): Map<number, number> {
  const counts = new Map(points.map((p) => [p, 0]));
  for (const v of values) {
    const m = probe.measure(v);
    if (m !== undefined && counts.has(m)) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return counts;
}
