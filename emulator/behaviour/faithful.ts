// The conformant behaviour: every hook at its faithful default.
import type { Behaviour } from './behaviour.js';
import { FAITHFUL_CONNECTIONS } from './faithful-connections.js';
import { FAITHFUL_INPUT } from './faithful-input.js';
import { FAITHFUL_LISTING } from './faithful-listing.js';
import { FAITHFUL_TAGS } from './faithful-tags.js';
import { FAITHFUL_WIRE } from './faithful-wire.js';

export const FAITHFUL: Behaviour = Object.freeze({
  ...FAITHFUL_WIRE,
  ...FAITHFUL_INPUT,
  ...FAITHFUL_CONNECTIONS,
  ...FAITHFUL_TAGS,
  ...FAITHFUL_LISTING,
});
