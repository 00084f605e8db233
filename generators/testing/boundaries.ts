// The boundaries each arbitrary must reach, derived from spec/, and a way to count how often a
// run reaches them. The boundaries test asserts `asserted` within the default number of runs;
// the boundary report prints the counts of all of them.
import type fc from 'fast-check';
import { integerRange, stringConstraint } from '../../contract/index.js';
import {
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
  tagKey,
  tagValue,
  type Invalid,
} from '../index.js';
import { codePointLength } from '../internal/sized-string.js';

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
      name: 'tagKey',
      arbitrary: tagKey,
      measure: length,
      asserted: [key.minLength, key.maxLength],
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
      name: 'invalidConnectionArn',
      arbitrary: invalidConnectionArn,
      measure: labelLength,
      asserted: [],
      reported: [arn.minLength - 1, arn.maxLength + 1],
    },
  ];
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
