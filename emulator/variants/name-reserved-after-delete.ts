// The name index is never cleaned up on delete: a name once used stays taken. Whether a deleted
// connection still holds its name is not documented (DELETE-FREES-NAME is an observation), so the
// gate must accept this.
import type { Variant } from '../behaviour/change.js';

export const nameReservedAfterDelete: Variant = {
  name: 'name-reserved-after-delete',
  varies: ['DELETE-FREES-NAME'],
  description: "A deleted connection's name cannot be used again (duplicate-name error).",
  hooks: (base) => {
    const everUsed = new WeakMap<object, Set<string>>();
    return {
      admit: async (store, draft, quota) => {
        const used = everUsed.get(store) ?? new Set<string>();
        everUsed.set(store, used);
        if (used.has(draft.name)) return { outcome: 'duplicate' };
        const admission = await base.admit(store, draft, quota);
        if (admission.outcome === 'created') used.add(draft.name);
        return admission;
      },
    };
  },
};
