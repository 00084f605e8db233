// A valid value the target refused breaks some rule the target enforces wrongly, but the refusal
// does not say which. These probes ask the target smaller questions, so that a check blames the
// rule the target misapplies (the name's length, a tag key's pattern) rather than every rule of
// the input. They never use a name this file freed: whether a deleted connection's name can be
// used again is only observed (DELETE-FREES-NAME). They run once per failed check, on the
// counterexample the property shrank to (NarrowableFailure in meta.ts), and delete whatever they
// create.
import type { CreateConnectionCommandInput, Tag } from '@aws-sdk/client-apprunner';
import { patternRegExp, stringConstraint, type RequirementId } from '../../contract/index.js';
import { deleteConnection, exists, sendCreate, wasFreed } from './connections.js';
import { failureOf } from './errors.js';
import { RequirementFailure } from './meta.js';
import { filePrefix, uniqueName } from './names.js';
import { shapeRequirementsOf } from './schema.js';

type StringShape = 'ConnectionName' | 'TagKey' | 'TagValue';

export interface Blame {
  requirements: RequirementId[];
  /** What the probes showed, for the failure message. */
  evidence: string;
}

/** At most this many distinct characters go into one probe. */
const CHUNK = 8;

const codePoints = (s: string): number => [...s].length;

/** Whether `s` meets the shape's length (in code points) and pattern. */
function fits(shape: StringShape, s: string): boolean {
  const { minLength, maxLength } = stringConstraint(shape);
  const n = codePoints(s);
  return n >= minLength && n <= maxLength && (patternRegExp(shape)?.test(s) ?? true);
}

/**
 * Length or pattern. The refused value's own characters, a few at a time, go into shorter valid
 * values (`short` builds one around them). One of those refused: some of these characters are
 * refused wherever they stand, so the pattern. All accepted: every character is accepted, only
 * not in a value this long, so the length (which the contract counts in code points; a target
 * counting UTF-16 units or bytes misapplies it). A probe that cannot be built, or asked
 * (`accepts` answers undefined), leaves both.
 */
export async function lengthOrPattern(
  shape: StringShape,
  value: string,
  short: (chars: string) => string,
  accepts: (probe: string) => Promise<boolean | undefined>,
): Promise<Blame> {
  // Typed, not cast: the compiler checks that each of the shapes has both rules.
  const length: RequirementId = `shape.${shape}.length`;
  const pattern: RequirementId = `shape.${shape}.pattern`;
  const distinct = [...new Set(value)];
  // Each probe must be shorter than the value, or it would ask the same question again.
  const room = Math.min(CHUNK, codePoints(value) - 1 - codePoints(short('')));
  let probes = 0;
  for (let i = 0; room > 0 && i < distinct.length; i += room) {
    const probe = short(distinct.slice(i, i + room).join(''));
    if (!fits(shape, probe)) break;
    const accepted = await accepts(probe);
    if (accepted === undefined) break;
    probes++;
    if (!accepted)
      return {
        requirements: [pattern],
        evidence: `the shorter valid ${shape} ${JSON.stringify(probe)}, made of its characters, was refused as well`,
      };
  }
  if (room > 0 && probes * room >= distinct.length)
    return {
      requirements: [length],
      evidence: `its characters were each accepted in a shorter ${shape} (${probes} ${probes === 1 ? 'probe' : 'probes'}): its length of ${codePoints(value)} code points was refused`,
    };
  return {
    requirements: [length, pattern],
    evidence: `shorter values of its characters could not tell its length from its pattern`,
  };
}

/** Whether the target creates this connection; one it creates is deleted again. */
export async function creates(input: CreateConnectionCommandInput): Promise<boolean> {
  const sent = sendCreate(input);
  if (await failureOf(sent)) return false;
  await deleteConnection((await sent).Connection?.ConnectionArn ?? '');
  return true;
}

/**
 * Whether the target creates a connection named `probe`, or the same characters after `keep` in
 * another order: a name in use, or freed before (say, by the same probe of an earlier check),
 * could be refused for that. Undefined when every order is taken.
 */
async function createsUnused(probe: string, keep: number): Promise<boolean | undefined> {
  const head = probe.slice(0, keep);
  const tail = [...probe.slice(keep)];
  for (let turn = 0; turn < Math.max(1, tail.length); turn += 1) {
    const name = head + [...tail.slice(turn), ...tail.slice(0, turn)].join('');
    if (!exists(name) && !wasFreed(name))
      return creates({ ConnectionName: name, ProviderType: 'GITHUB' });
  }
  return undefined;
}

/** Why a valid connection name (not in use, and not freed by this file) was refused. */
export async function blameRefusedName(name: string): Promise<Blame> {
  return lengthOrPattern(
    'ConnectionName',
    name,
    (chars) => `${filePrefix()}${chars}`,
    (probe) => createsUnused(probe, filePrefix().length),
  );
}

/** Whether a fresh connection carrying only this tag is created. */
const createsWithTag = (tag: Tag): Promise<boolean> =>
  creates({ ConnectionName: uniqueName(), ProviderType: 'GITHUB', Tags: [tag] });

/** Why a tag was refused: its key (with a plain value) or else its value. */
export async function blameRefusedTag(
  tag: Tag,
  accepts: (tag: Tag) => Promise<boolean>,
): Promise<Blame> {
  const key = tag.Key ?? '';
  const value = tag.Value ?? '';
  if (!(await accepts({ Key: key, Value: 'v' })))
    return lengthOrPattern(
      'TagKey',
      key,
      (c) => c,
      (k) => accepts({ Key: k, Value: 'v' }),
    );
  return lengthOrPattern(
    'TagValue',
    value,
    (c) => c,
    (v) => accepts({ Key: 'k', Value: v }),
  );
}

/**
 * Why a valid CreateConnection input was refused: its name, its provider or one of its tags, each
 * tried on its own; if each is accepted alone, the combination, which blames every rule.
 */
export async function blameRefusedCreate(input: CreateConnectionCommandInput): Promise<Blame> {
  const name = input.ConnectionName ?? '';
  if (!(await creates({ ConnectionName: name, ProviderType: 'GITHUB' })))
    return blameRefusedName(name);
  const provider = input.ProviderType;
  if (
    provider !== 'GITHUB' &&
    !(await creates({ ConnectionName: uniqueName(), ProviderType: provider }))
  )
    return {
      requirements: ['shape.ProviderType.enum'],
      evidence: `ProviderType ${provider} was refused with another name and no tags`,
    };
  for (const tag of input.Tags ?? []) {
    if (await createsWithTag(tag)) continue;
    const blame = await blameRefusedTag(tag, createsWithTag);
    return { ...blame, evidence: `the tag ${JSON.stringify(tag.Key)}: ${blame.evidence}` };
  }
  return {
    requirements: shapeRequirementsOf('CreateConnectionRequest'),
    evidence: 'its name, provider and each tag were accepted on their own',
  };
}

/** The narrowed failure: the probes' blame, and what they showed after the detail. */
export const narrowed = async (
  detail: string,
  blame: Promise<Blame>,
): Promise<RequirementFailure> => {
  const { requirements, evidence } = await blame;
  return new RequirementFailure(requirements, `${detail}; ${evidence}`);
};
