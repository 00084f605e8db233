// The behaviour of one emulator instance: faithful, then each variant in order, then the
// deviation (if any) last, so a deviation breaks its requirement whatever the variants do.
import { deviationNamed } from '../deviations/index.js';
import type { EmulatorSettings } from '../options.js';
import { variantNamed } from '../variants/index.js';
import type { Behaviour } from './behaviour.js';
import { applyChange } from './change.js';
import { FAITHFUL } from './faithful.js';

export function behaviourFor(settings: EmulatorSettings): Behaviour {
  let behaviour = FAITHFUL;
  for (const name of settings.variants) {
    behaviour = applyChange(behaviour, variantNamed(name), settings);
  }
  if (settings.deviation !== undefined) {
    behaviour = applyChange(behaviour, deviationNamed(settings.deviation), settings);
  }
  return behaviour;
}
