// The name index is never cleaned up on delete: a name once used stays taken.
import type { Deviation } from '../behaviour/change.js';

export const nameReservedAfterDelete: Deviation = {
  name: 'name-reserved-after-delete',
  breaks: 'DELETE-FREES-NAME',
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
