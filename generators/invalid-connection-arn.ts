// Malformed ARNs for ConnectionArn / ResourceArn members, labelled: empty, one code point over the
// maximum (and otherwise well-formed, so only the length rule breaks), something that is not an
// ARN, a bad partition, a bad account, a character the resource part does not allow, a valid ARN
// with a prefix or suffix (newline included), or not a string.
import fc from 'fast-check';
import { connectionArn } from './connection-arn.js';
import { disallowedCharacter } from './internal/disallowed-character.js';
import { arnForm } from './internal/arn-form.js';
import { codePointsMatching } from './internal/code-point-set.js';
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
import { connectionName } from './connection-name.js';
import type { Invalid } from './labels.js';

/** Every reason {@link invalidConnectionArn} can draw, simplest first. */
export const INVALID_CONNECTION_ARN_REASONS = [
  'empty',
  'too-long',
  'not-an-arn',
  'bad-partition',
  'bad-account',
  'bad-resource-character',
  'anchoring-trap',
  'wrong-type',
] as const;
/** Why an invalid connectionArn is invalid (one of {@link INVALID_CONNECTION_ARN_REASONS}). */
export type InvalidConnectionArnReason = (typeof INVALID_CONNECTION_ARN_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidConnectionArnOptions = Selection<InvalidConnectionArnReason>;

type Label = Invalid<InvalidConnectionArnReason>;

const branches = once((): ReasonBranch<InvalidConnectionArnReason, Label>[] => {
  const form = arnForm();
  const length = shapeRequirement('AppRunnerResourceArn', 'length');
  const pattern = shapeRequirement('AppRunnerResourceArn', 'pattern');
  const type = shapeRequirement('AppRunnerResourceArn', 'type');
  const matches = (s: string) => form.pattern.test(s);
  const arn = connectionArn();
  // Characters the resource part allows ((\w|\/|-) today), read from the engine, not retyped.
  const resourceSource = /\(([^()]*)\)\{1,\d+\}\$$/.exec(form.pattern.source)?.[1];
  if (!resourceSource)
    throw new Error(
      `AppRunnerResourceArn pattern no longer ends with a resource run: ${form.pattern.source}`,
    );
  const resourceCharacters = codePointsMatching(new RegExp(resourceSource, 'u'));

  const tooLong = arn.map((a) => {
    const fill = form.maxLength + 1 - Array.from(a).length;
    return `${a}${'a'.repeat(fill)}`;
  });
  const notAnArn = fc
    .oneof(
      connectionName(),
      arn.map((a) => a.replace(/^arn:/, '')),
      arn.map((a) => a.replace(/^arn:/, 'ARN:')),
      arn.map((a) => `https://apprunner.amazonaws.com/${a}`),
      fc.string({ minLength: 1, maxLength: 40 }),
    )
    .filter((s) => s.length > 0 && !matches(s));
  const badPartition = fc
    .tuple(arn, fc.constantFrom('AWS', 'aws_cn', 'awscn', 'amazon', 'aws-', ''))
    .map(([a, p]) => a.replace(/^arn:[^:]*:/, `arn:${p}:`))
    .filter((s) => !matches(s));
  const badAccount = fc
    .tuple(arn, fc.constantFrom(-1, 1), fc.constantFrom('digits', 'letters'))
    .map(([a, delta, kind]) => {
      const fields = a.split(':');
      const n = form.accountDigits + (kind === 'digits' ? delta : 0);
      fields[4] = kind === 'digits' ? '1'.repeat(n) : `${'1'.repeat(n - 1)}a`;
      return fields.join(':');
    })
    .filter((s) => !matches(s));
  const badResource = fc
    .tuple(arn, fc.nat(), disallowedCharacter(resourceCharacters))
    .map(([a, at, c]) => {
      const start = a.lastIndexOf(':') + 1;
      const resource = Array.from(a.slice(start));
      resource[at % resource.length] = c;
      return a.slice(0, start) + resource.join('');
    })
    .filter((s) => !matches(s));
  const anchoring = fc
    .tuple(arn, fc.constantFrom('\n', ' ', '\r\n', '/\n'), fc.boolean())
    .map(([a, affix, before]) => (before ? affix + a : a + affix))
    .filter((s) => !matches(s));

  return [
    branch('empty', length, 1, fc.constant(''), { implied: [pattern] }),
    branch('too-long', length, 1, tooLong),
    branch('not-an-arn', pattern, 2, notAnArn),
    branch('bad-partition', pattern, 1, badPartition),
    branch('bad-account', pattern, 1, badAccount),
    branch('bad-resource-character', pattern, 2, badResource),
    branch('anchoring-trap', pattern, 2, anchoring),
    branch('wrong-type', type, 1, wrongJsonType('string', arn)),
  ];
});

/**
 * Values that are not valid as a connection ARN (AppRunnerResourceArn in the model, sent to DeleteConnection and the tagging operations), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidConnectionArn(
  options: InvalidConnectionArnOptions = {},
): fc.Arbitrary<Label> {
  return pickBranches('invalidConnectionArn', branches(), options);
}

/** Each reason invalidConnectionArn() draws, with the requirement it breaks. */
export function invalidConnectionArnCases(): InvalidCase<InvalidConnectionArnReason>[] {
  return casesOf(branches());
}
