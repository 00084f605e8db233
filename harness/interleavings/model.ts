// The model the overlapping groups are compared with: the connections a sequence holds and
// their tags. Each group settles before the next, so the model is exact between groups.
import type { ModelConnection } from '../lifecycle/model.js';

export interface RaceModel {
  /** Starts every name of this sequence and of no other. */
  base: string;
  /** Names used so far: each group of creates takes a new one. */
  created: number;
  live: ModelConnection[];
}

/** Connections a sequence holds between groups, at most. */
export const MAX_LIVE = 2;

/**
 * What a test file reserves: the live ones and a group of three creates that all succeed (on a
 * target that breaks uniqueness). The copy serial-blame.ts makes fits in that room too.
 */
export const MAX_HELD = MAX_LIVE + 3;
