// Provider types outside the ProviderType enum, labelled: case variants of the real values (enum
// matching is exact), near misses and unknown names, the empty string, and other JSON types.
import fc from 'fast-check';
import { enumValues } from '../contract/index.js';
import {
  branch,
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { shapeRequirement } from './internal/requirement-ids.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { providerType } from './provider-type.js';

/** Every reason {@link invalidProviderType} can draw, simplest first. */
export const INVALID_PROVIDER_TYPE_REASONS = [
  'empty',
  'case-variant',
  'unknown',
  'wrong-type',
] as const;
/** Why an invalid providerType is invalid (one of {@link INVALID_PROVIDER_TYPE_REASONS}). */
export type InvalidProviderTypeReason = (typeof INVALID_PROVIDER_TYPE_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidProviderTypeOptions = Selection<InvalidProviderTypeReason>;

type Label = Invalid<InvalidProviderTypeReason>;

// Names of other source providers: plausible values that the model does not list.
const OTHER_PROVIDERS = [
  'GITLAB',
  'CODECOMMIT',
  'BITBUCKET_SERVER',
  'GITHUB_ENTERPRISE',
  'AZURE_DEVOPS',
];

const branches = once((): ReasonBranch<InvalidProviderTypeReason, Label>[] => {
  const values = enumValues('ProviderType');
  const isValue = (s: string) => values.includes(s);
  const enumRule = shapeRequirement('ProviderType', 'enum');
  const typeRule = shapeRequirement('ProviderType', 'type');

  const caseVariant = fc
    .tuple(
      fc.constantFrom(...values),
      fc.array(fc.boolean(), { minLength: 1, maxLength: 16 }),
      fc.nat(),
    )
    .map(([v, flips, style]) => {
      const lower = v.toLowerCase();
      const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
      const mixed = Array.from(v, (c, i) => (flips[i % flips.length] ? c.toLowerCase() : c)).join(
        '',
      );
      return [lower, capital, mixed][style % 3] as string;
    })
    .filter((s) => !isValue(s)); // 'mixed' with no flip taken is the value itself

  const nearMiss = fc.tuple(fc.constantFrom(...values), fc.nat()).map(([v, k]) => {
    const misses = [
      `${v} `,
      ` ${v}`,
      `${v}\n`,
      v.slice(0, -1),
      `${v}S`,
      v.replace('_', '-'),
      `"${v}"`,
    ];
    return misses[k % misses.length] as string;
  });
  const unknown = fc
    .oneof(
      nearMiss,
      fc.constantFrom(...OTHER_PROVIDERS),
      fc.string({ minLength: 1, maxLength: 20 }),
    )
    .filter((s) => !isValue(s));

  return [
    branch('empty', enumRule, 1, fc.constant('')),
    branch('case-variant', enumRule, 3, caseVariant),
    branch('unknown', enumRule, 3, unknown),
    // ajv checks enum whatever the type, so a non-string breaks both rules.
    branch('wrong-type', typeRule, 1, wrongJsonType('string', providerType()), {
      implied: [enumRule],
    }),
  ];
});

/**
 * Values that are not valid as a provider type (ProviderType in the model, sent to CreateConnection), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidProviderType(options: InvalidProviderTypeOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidProviderType', branches(), options);
}

/** Each reason invalidProviderType() draws, with the requirement it breaks. */
export function invalidProviderTypeCases(): InvalidCase<InvalidProviderTypeReason>[] {
  return casesOf(branches());
}
