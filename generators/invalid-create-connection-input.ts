// CreateConnection inputs with exactly one broken member, labelled with the requirement it breaks
// and the JSON pointer where. Everything else in the input is valid, so a target that rejects it
// can only be rejecting that member. One case per (member, requirement), drawn equally often, so
// that every constraint gets the same attention; invalidCreateConnectionInputCases() lists them
// for suites that check one requirement per property.
import fc from 'fast-check';
import type { CreateConnectionRequest, RequirementId } from '../contract/index.js';
import { createConnectionInput } from './create-connection-input.js';
import { invalidConnectionName, invalidConnectionNameCases } from './invalid-connection-name.js';
import { invalidProviderType, invalidProviderTypeCases } from './invalid-provider-type.js';
import { invalidTagKey, invalidTagKeyCases } from './invalid-tag-key.js';
import { invalidTagValue, invalidTagValueCases } from './invalid-tag-value.js';
import { invalid, nestedAt } from './internal/invalid-label.js';
import { pickBranches, type InvalidCase, type ReasonBranch } from './internal/reasons.js';
import { shapeRequirement } from './internal/requirement-ids.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { tag } from './tag.js';
import { tags } from './tags.js';

/** Options of {@link invalidCreateConnectionInput}. */
export interface InvalidCreateConnectionInputOptions {
  /** Valid names in the input start with this (see connectionName's `prefix`). */
  namePrefix?: string;
  /** Only inputs that break one of these requirements (default: every case). */
  breaks?: readonly string[];
}

/** What {@link invalidCreateConnectionInput} can break: a requirement, where, and by which reasons. */
export interface InvalidCreateConnectionInputCase {
  /** The requirement every input of the case breaks. */
  breaks: RequirementId;
  /** Where, as a JSON pointer; <i> stands for the index of the broken tag. */
  at: string;
  /** The reasons drawn for it, as they appear in labels ('ConnectionName:too-long', ...). */
  reasons: readonly string[];
}

const REQUEST = 'CreateConnectionRequest';

type Member = 'ConnectionName' | 'ProviderType';
type BuildInput = (prefix: string | undefined, reasons: readonly string[]) => fc.Arbitrary<Invalid>;

interface Source {
  part: string;
  at: string;
  cases: InvalidCase[];
  build: BuildInput;
}

function tagged(part: string, label: Invalid): Invalid {
  return { ...label, reason: `${part}:${label.reason}` };
}

function inMember(
  member: Member,
  bad: fc.Arbitrary<Invalid>,
  prefix: string | undefined,
): fc.Arbitrary<Invalid> {
  return fc
    .tuple(createConnectionInput({ namePrefix: prefix }), bad)
    .map(([input, label]) =>
      nestedAt(`/${member}`, tagged(member, label), { ...input, [member]: label.value }),
    );
}

/** An input with Tags, one of which `replace` breaks; the other tags keep distinct, valid keys. */
function inTag(
  part: string,
  bad: fc.Arbitrary<Invalid>,
  prefix: string | undefined,
  replace: (t: { Key: string; Value: string }, value: unknown) => { tag: unknown; suffix: string },
): fc.Arbitrary<Invalid> {
  return fc
    .tuple(
      createConnectionInput({ namePrefix: prefix, tags: 'never' }),
      tags({ minLength: 1, maxLength: 3 }),
      fc.nat(),
      bad,
    )
    .map(([input, list, pick, label]) => {
      const i = pick % list.length;
      const { tag: broken, suffix } = replace(
        list[i] as { Key: string; Value: string },
        label.value,
      );
      const Tags: unknown[] = [...list];
      Tags[i] = broken;
      return nestedAt(`/Tags/${i}${suffix}`, tagged(part, label), { ...input, Tags });
    });
}

function sources(): Source[] {
  const tagType = shapeRequirement('Tag', 'type');
  const listType = shapeRequirement('TagList', 'type');
  const required = shapeRequirement(REQUEST, 'required');
  const bodyType = shapeRequirement(REQUEST, 'type');
  return [
    {
      part: 'ConnectionName',
      at: '/ConnectionName',
      cases: invalidConnectionNameCases(),
      build: (p, reasons) =>
        inMember('ConnectionName', invalidConnectionName({ reasons: reasons as never }), p),
    },
    {
      part: 'ProviderType',
      at: '/ProviderType',
      cases: invalidProviderTypeCases(),
      build: (p, reasons) =>
        inMember('ProviderType', invalidProviderType({ reasons: reasons as never }), p),
    },
    {
      part: 'TagKey',
      at: '/Tags/<i>/Key',
      cases: invalidTagKeyCases(),
      build: (p, reasons) =>
        inTag('TagKey', invalidTagKey({ reasons: reasons as never }), p, (t, v) => ({
          tag: { ...t, Key: v },
          suffix: '/Key',
        })),
    },
    {
      part: 'TagValue',
      at: '/Tags/<i>/Value',
      cases: invalidTagValueCases(),
      build: (p, reasons) =>
        inTag('TagValue', invalidTagValue({ reasons: reasons as never }), p, (t, v) => ({
          tag: { ...t, Value: v },
          suffix: '/Value',
        })),
    },
    {
      part: 'Tag',
      at: '/Tags/<i>',
      cases: [{ reason: 'wrong-type', breaks: tagType }],
      build: (p) =>
        inTag(
          'Tag',
          wrongJsonType('object', tag()).map((v) => invalid(v, 'wrong-type', tagType)),
          p,
          (_t, v) => ({ tag: v, suffix: '' }),
        ),
    },
    {
      part: 'Tags',
      at: '/Tags',
      cases: [{ reason: 'wrong-type', breaks: listType }],
      build: (p) =>
        fc
          .tuple(
            createConnectionInput({ namePrefix: p, tags: 'never' }),
            wrongJsonType('array', tag()),
          )
          .map(([input, v]) =>
            invalid({ ...input, Tags: v }, 'Tags:wrong-type', listType, [], '/Tags'),
          ),
    },
    {
      part: 'missing-member',
      // ajv, like any JSON Schema validator, reports a missing member at the object itself.
      at: '',
      cases: [
        { reason: 'ConnectionName', breaks: required },
        { reason: 'ProviderType', breaks: required },
      ],
      build: (p, reasons) =>
        fc
          .tuple(
            createConnectionInput({ namePrefix: p }),
            fc.constantFrom(...(reasons as Member[])),
          )
          .map(([input, member]) => {
            const rest: Partial<CreateConnectionRequest> = { ...input };
            delete rest[member];
            return invalid(rest, `missing-member:${member}`, required);
          }),
    },
    {
      part: 'body',
      at: '',
      cases: [{ reason: 'not-an-object', breaks: bodyType }],
      // The body itself: here null is a wrong type (the JSON text "null"), unlike for a member.
      build: (p) =>
        fc
          .oneof(
            fc.constant(null),
            wrongJsonType('object', createConnectionInput({ namePrefix: p })),
          )
          .map((v) => invalid(v, 'body:not-an-object', bodyType)),
    },
  ];
}

function grouped(): { source: Source; breaks: RequirementId; reasons: string[] }[] {
  return sources().flatMap((source) => {
    const ids = [...new Set(source.cases.map((c) => c.breaks))];
    return ids.map((breaks) => ({
      source,
      breaks,
      reasons: source.cases.filter((c) => c.breaks === breaks).map((c) => c.reason),
    }));
  });
}

/**
 * CreateConnection inputs that are valid but for one member, labelled with the requirement that
 * member breaks: an invalid name, provider, tag list, tag key or tag value, or a member missing.
 *
 * @throws RangeError when `breaks` names a requirement no input can be built to break.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { invalidCreateConnectionInput } from 'apprunner-connection-conformance/generators';
 * import { violations } from 'apprunner-connection-conformance/contract';
 *
 * fc.assert(
 *   fc.property(invalidCreateConnectionInput(), (bad) =>
 *     violations('CreateConnectionRequest', bad.value).some((v) => v.requirement === bad.requirement),
 *   ),
 * );
 * ```
 */
export function invalidCreateConnectionInput(
  options: InvalidCreateConnectionInputOptions = {},
): fc.Arbitrary<Invalid> {
  const branches: ReasonBranch<string, Invalid>[] = grouped().map(
    ({ source, breaks, reasons }) => ({
      reason: `${source.part}:${breaks}`,
      breaks,
      weight: 1,
      arbitrary: source.build(options.namePrefix, reasons),
    }),
  );
  return pickBranches('invalidCreateConnectionInput', branches, { breaks: options.breaks });
}

/** Every case invalidCreateConnectionInput() draws: which requirement, where, for which reasons. */
export function invalidCreateConnectionInputCases(): InvalidCreateConnectionInputCase[] {
  return grouped().map(({ source, breaks, reasons }) => ({
    breaks,
    at: source.at,
    reasons: reasons.map((r) => `${source.part}:${r}`),
  }));
}
