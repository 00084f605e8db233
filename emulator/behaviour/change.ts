// A named change to the faithful behaviour: a deviation (breaks one requirement on purpose) or a
// variant (uses a freedom the contract leaves). Its hooks are made per emulator instance, so a
// change that needs state (a set of names, a map of tombstones) gets its own.
import type { RequirementId } from '../../contract/index.js';
import type { EmulatorSettings } from '../options.js';
import type { Behaviour } from './behaviour.js';

/** A named change to the emulator's faithful behaviour (a deviation or a variant). */
export interface BehaviourChange {
  /** The name options and flags give it (`deviation: 'quota-off-by-one'`). */
  name: string;
  /** One sentence: what the emulator then does differently. */
  description: string;
  /** The hooks it replaces; `base` is the behaviour before it, for hooks that wrap the default. */
  hooks(base: Behaviour, settings: EmulatorSettings): Partial<Behaviour>;
}

/** A change that breaks exactly one MUST requirement: the gate must fail an emulator with it. */
export interface Deviation extends BehaviourChange {
  /** The one MUST requirement it breaks. */
  breaks: RequirementId;
}

/** A change that uses a freedom the contract leaves: the gate must pass an emulator with it. */
export interface Variant extends BehaviourChange {
  /** The requirements whose freedom it uses; a conformance suite must still pass them. */
  varies: RequirementId[];
}

export function applyChange(base: Behaviour, change: BehaviourChange, settings: EmulatorSettings) {
  return Object.freeze({ ...base, ...change.hooks(base, settings) });
}
