// Faults an application test schedules for the calls it wants to see fail: a modeled error (an
// InternalServiceErrorException by default), throttling, an added delay or a dropped connection,
// for the next N matching calls or for a fraction of them. Real App Runner cannot be made to do
// any of this on demand; code that must retry, back off or give up needs it to be tested.
import { OPERATIONS, type ErrorName, type OperationName } from '../../contract/index.js';

/** What happens to a call a fault matches. */
export type FaultKind = 'error' | 'throttling' | 'delay' | 'drop';

/** A fault to schedule, as the control interface, the library and the flags take it. */
export interface FaultSpec {
  /** The operation whose calls it matches, or '*' for every operation. */
  operation: OperationName | '*';
  /** What happens to a call it takes. */
  kind: FaultKind;
  /** For kind 'error': which modeled error of the operation. Default InternalServiceErrorException. */
  error?: ErrorName;
  /** For kind 'delay': milliseconds added before the call is answered as usual. */
  delayMs?: number;
  /** How many matching calls it takes, then it is gone. Default 1 (unless `fraction` is given). */
  count?: number;
  /** Instead of a count: the share of matching calls it takes (0 to 1), until cleared. */
  fraction?: number;
  /** Only calls whose input has these members with these values (say, one ConnectionName). */
  match?: Readonly<Record<string, string>>;
}

/** A scheduled fault, as the control interface lists it. */
export interface ScheduledFault extends FaultSpec {
  /** Its number on this emulator, from 1 in the order faults were scheduled. */
  id: number;
  /** Matching calls it has taken so far. */
  taken: number;
}

/** A fault spec that cannot be scheduled; the message says which member is wrong. */
export class FaultSpecError extends Error {}

const OPERATION_NAMES = OPERATIONS.operations.map((o) => o.name as string);

/**
 * The input members of each operation a fault can match on: its string members (the others are
 * lists or numbers, which a match of strings never equals). faults.test.ts holds this to the
 * derived request schemas.
 */
export const MATCHABLE_MEMBERS: Readonly<Record<OperationName, readonly string[]>> = {
  CreateConnection: ['ConnectionName', 'ProviderType'],
  ListConnections: ['ConnectionName', 'NextToken'],
  DeleteConnection: ['ConnectionArn'],
  TagResource: ['ResourceArn'],
  UntagResource: ['ResourceArn'],
  ListTagsForResource: ['ResourceArn'],
};
const KINDS: readonly FaultKind[] = ['error', 'throttling', 'delay', 'drop'];
const MAX_DELAY_MS = 10 * 60_000;
/** Faults scheduled at once: each call is checked against all of them, and each is kept. */
export const MAX_FAULTS = 1000;

/** The errors a fault on `operation` may answer: its modeled ones (all of them for '*'). */
function modeledErrors(operation: string): readonly string[] {
  const ops =
    operation === '*'
      ? OPERATIONS.operations
      : OPERATIONS.operations.filter((o) => o.name === operation);
  return [...new Set(ops.flatMap((o) => o.errors as readonly string[]))];
}

/** Checks a spec from outside (JSON, flags) and fills in its defaults. */
export function checkFault(input: unknown): FaultSpec {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw new FaultSpecError('a fault is a JSON object with operation and kind');
  const spec = input as Record<string, unknown>;
  const known = new Set(['operation', 'kind', 'error', 'delayMs', 'count', 'fraction', 'match']);
  const unknown = Object.keys(spec).find((k) => !known.has(k));
  if (unknown !== undefined)
    throw new FaultSpecError(`a fault has no member "${unknown}"; known: ${[...known].join(', ')}`);
  const { operation, kind } = spec;
  if (typeof operation !== 'string' || (operation !== '*' && !OPERATION_NAMES.includes(operation)))
    throw new FaultSpecError(
      `fault operation must be '*' or one of ${OPERATION_NAMES.join(', ')}, got ${JSON.stringify(operation)}`,
    );
  if (typeof kind !== 'string' || !KINDS.includes(kind as FaultKind))
    throw new FaultSpecError(
      `fault kind must be one of ${KINDS.join(', ')}, got ${JSON.stringify(kind)}`,
    );
  const out: FaultSpec = {
    operation: operation as FaultSpec['operation'],
    kind: kind as FaultKind,
  };
  if (kind === 'error') {
    const error = spec.error ?? 'InternalServiceErrorException';
    const allowed = modeledErrors(operation);
    if (typeof error !== 'string' || !allowed.includes(error))
      throw new FaultSpecError(
        `fault error must be a modeled error of ${operation}: ${allowed.join(', ')}; got ${JSON.stringify(error)}`,
      );
    out.error = error as ErrorName;
  } else if (spec.error !== undefined)
    throw new FaultSpecError(`fault error applies to kind 'error' only`);
  if (kind === 'delay') {
    if (!isInteger(spec.delayMs, 0, MAX_DELAY_MS))
      throw new FaultSpecError(
        `fault delayMs must be an integer from 0 to ${MAX_DELAY_MS}, got ${JSON.stringify(spec.delayMs)}`,
      );
    out.delayMs = spec.delayMs;
  } else if (spec.delayMs !== undefined)
    throw new FaultSpecError(`fault delayMs applies to kind 'delay' only`);
  if (spec.count !== undefined && spec.fraction !== undefined)
    throw new FaultSpecError('a fault takes count or fraction, not both');
  if (spec.fraction !== undefined) {
    if (typeof spec.fraction !== 'number' || !(spec.fraction > 0 && spec.fraction <= 1))
      throw new FaultSpecError(
        `fault fraction must be a number above 0 and at most 1, got ${JSON.stringify(spec.fraction)}`,
      );
    out.fraction = spec.fraction;
  } else {
    if (spec.count !== undefined && !isInteger(spec.count, 1, Number.MAX_SAFE_INTEGER))
      throw new FaultSpecError(
        `fault count must be a positive integer, got ${JSON.stringify(spec.count)}`,
      );
    out.count = spec.count ?? 1;
  }
  if (spec.match !== undefined) {
    const match = spec.match;
    if (
      typeof match !== 'object' ||
      match === null ||
      Array.isArray(match) ||
      Object.values(match).some((v) => typeof v !== 'string')
    )
      throw new FaultSpecError('fault match must be an object of input members and string values');
    const allowed = [
      ...new Set(
        operation === '*'
          ? Object.values(MATCHABLE_MEMBERS).flat()
          : MATCHABLE_MEMBERS[operation as OperationName],
      ),
    ];
    const stray = Object.keys(match).find((k) => !allowed.includes(k));
    if (stray !== undefined)
      throw new FaultSpecError(
        `fault match member "${stray}" is not a string member of ${operation === '*' ? 'any operation' : operation}'s input; known: ${allowed.join(', ')}`,
      );
    out.match = { ...(match as Record<string, string>) };
  }
  return out;
}

function isInteger(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** mulberry32: a small seeded generator, so a fraction takes the same calls in every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** The faults scheduled on one emulator, taken in the order they were scheduled. */
export class FaultPlan {
  #faults: (ScheduledFault & { draw: () => number })[] = [];
  #nextId = 1;

  /** Schedules `spec` (checked with {@link checkFault}); answers it with its id. */
  add(spec: unknown): ScheduledFault {
    if (this.#faults.length >= MAX_FAULTS)
      throw new FaultSpecError(
        `at most ${MAX_FAULTS} faults can be scheduled at once; clear some first`,
      );
    const fault = { ...checkFault(spec), id: this.#nextId++, taken: 0 };
    this.#faults.push({ ...fault, draw: seeded(fault.id) });
    return fault;
  }

  list(): ScheduledFault[] {
    return this.#faults.map(({ draw: _draw, ...fault }) => fault);
  }

  /** No faults; ids start again from 1, so fractions draw as on a new emulator. */
  clear(): void {
    this.#faults = [];
    this.#nextId = 1;
  }

  /** The fault that takes this call, if any; a counted fault is gone once it has taken its last. */
  take(operation: string, input: object): FaultSpec | undefined {
    for (const fault of this.#faults) {
      if (fault.operation !== '*' && fault.operation !== operation) continue;
      if (fault.match && !matches(fault.match, input)) continue;
      if (fault.fraction !== undefined && fault.draw() >= fault.fraction) continue;
      fault.taken += 1;
      if (fault.count !== undefined && fault.taken >= fault.count)
        this.#faults = this.#faults.filter((f) => f !== fault);
      return fault;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.#faults.length === 0;
  }
}

function matches(match: Readonly<Record<string, string>>, input: object): boolean {
  const members = input as Record<string, unknown>;
  return Object.entries(match).every(([k, v]) => members[k] === v);
}
