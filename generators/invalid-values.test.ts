// Every value of every invalid arbitrary fails the generated validator exactly where and how its
// label says: at the member it names, breaking its requirement and implied ones and nothing
// else. Checked for the default mix and for each reason on its own, so that a reason whose values
// break the wrong rule cannot hide behind the others.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REQUIREMENT_IDS } from '../contract/index.js';
import {
  invalidConnectionArn,
  invalidConnectionArnCases,
  invalidConnectionName,
  invalidConnectionNameCases,
  invalidCreateConnectionInput,
  invalidCreateConnectionInputCases,
  invalidMaxResults,
  invalidMaxResultsCases,
  invalidNextToken,
  invalidNextTokenCases,
  invalidProviderType,
  invalidProviderTypeCases,
  invalidTagKey,
  invalidTagKeyCases,
  invalidTagValue,
  invalidTagValueCases,
  type Invalid,
  type InvalidCase,
  type Selection,
} from './index.js';
import { labelMismatch } from '../test-support/generators/label-check.js';
import { assertProperty } from '../test-support/generators/property.js';
import { PLACEMENTS, type Placement } from '../test-support/generators/placements.js';

interface Family {
  name: string;
  arbitrary: (selection?: Selection<string>) => fc.Arbitrary<Invalid>;
  cases: () => InvalidCase[];
  placements: Placement[];
}

/** A family entry; the wrapper lets each arbitrary keep its own reason type. */
function family<R extends string>(
  name: string,
  arbitrary: (selection?: Selection<R>) => fc.Arbitrary<Invalid<R>>,
  cases: () => InvalidCase<R>[],
  placements: Placement[],
): Family {
  return { name, arbitrary: (s) => arbitrary(s as Selection<R>), cases, placements };
}

const P = PLACEMENTS;
const families: Family[] = [
  family('invalidConnectionName', invalidConnectionName, invalidConnectionNameCases, [
    P.connectionName,
    P.listFilterName,
  ]),
  family('invalidProviderType', invalidProviderType, invalidProviderTypeCases, [P.providerType]),
  family('invalidTagKey', invalidTagKey, invalidTagKeyCases, [P.tagKey, P.untagKey]),
  family('invalidTagValue', invalidTagValue, invalidTagValueCases, [P.tagValue]),
  family('invalidConnectionArn', invalidConnectionArn, invalidConnectionArnCases, [
    P.connectionArn,
    P.resourceArn,
  ]),
  family('invalidMaxResults', invalidMaxResults, invalidMaxResultsCases, [P.maxResults]),
  family('invalidNextToken', invalidNextToken, invalidNextTokenCases, [P.nextToken]),
];

const known = new Set<string>(REQUIREMENT_IDS);

function holdsLabel(placement: Placement) {
  return (label: Invalid) => {
    const why = labelMismatch(placement, label);
    if (why !== undefined)
      throw new Error(`${label.reason}: ${JSON.stringify(label.value)}: ${why}`);
    expect(known.has(label.requirement) && label.implied.every((id) => known.has(id))).toBe(true);
  };
}

describe.each(families)('$name', ({ arbitrary, cases, placements }) => {
  for (const p of placements) {
    it(`every value fails ${p.schema} at ${p.at} exactly as labelled`, () => {
      assertProperty(fc.property(arbitrary(), holdsLabel(p)));
    });
  }

  for (const c of cases()) {
    it(`reason ${c.reason} breaks ${c.breaks} and is labelled so`, () => {
      const [p] = placements;
      if (!p) throw new Error('no placement');
      assertProperty(
        fc.property(arbitrary({ reasons: [c.reason] }), (label) => {
          expect([label.reason, label.requirement]).toEqual([c.reason, c.breaks]);
          holdsLabel(p)(label);
        }),
      );
    });
  }
});

describe('invalidCreateConnectionInput', () => {
  const cases = invalidCreateConnectionInputCases();

  it('every input breaks exactly one member, as labelled', () => {
    assertProperty(
      fc.property(
        invalidCreateConnectionInput({ namePrefix: 'cf-7a3e' }),
        holdsLabel(P.createConnectionInput),
      ),
    );
  });

  for (const c of cases) {
    it(`case ${c.breaks} at ${c.at || 'the top'} breaks only that`, () => {
      assertProperty(
        fc.property(invalidCreateConnectionInput({ breaks: [c.breaks] }), (label) => {
          expect(label.requirement).toBe(c.breaks);
          expect(c.reasons).toContain(label.reason);
          holdsLabel(P.createConnectionInput)(label);
        }),
      );
    });
  }

  it('lists one case per broken requirement of each member', () => {
    expect(cases.map((c) => `${c.at} ${c.breaks}`)).toEqual([
      '/ConnectionName shape.ConnectionName.length',
      '/ConnectionName shape.ConnectionName.pattern',
      '/ConnectionName shape.ConnectionName.type',
      '/ProviderType shape.ProviderType.enum',
      '/ProviderType shape.ProviderType.type',
      '/Tags/<i>/Key shape.TagKey.length',
      '/Tags/<i>/Key shape.TagKey.pattern',
      '/Tags/<i>/Key shape.TagKey.type',
      '/Tags/<i>/Value shape.TagValue.length',
      '/Tags/<i>/Value shape.TagValue.type',
      '/Tags/<i> shape.Tag.type',
      '/Tags shape.TagList.type',
      ' shape.CreateConnectionRequest.required',
      ' shape.CreateConnectionRequest.type',
    ]);
  });

  it('refuses a requirement it cannot break', () => {
    expect(() => invalidCreateConnectionInput({ breaks: ['shape.TagValue.pattern'] })).toThrow(
      /produces nothing/,
    );
  });
});
