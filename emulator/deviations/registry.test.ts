// The deviation registry: unique names, and at least one deviation for every MUST behaviour
// requirement a server can break.
import { describe, expect, it } from 'vitest';
import { REQUIREMENTS } from '../../contract/index.js';
import { DEVIATIONS } from './index.js';
import { PROBES } from '../../test-support/emulator/probes/index.js';

describe('the deviation registry', () => {
  it('has unique names and one probe per deviation', () => {
    const names = DEVIATIONS.map((d) => d.name);
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(PROBES).sort()).toEqual([...names].sort());
  });

  it('covers every MUST requirement of spec/requirements.json', () => {
    const behavioural = [...REQUIREMENTS.values()]
      .filter((r) => r.level === 'MUST' && !r.id.startsWith('shape.'))
      .map((r) => r.id);
    const broken = new Set(DEVIATIONS.map((d) => d.breaks));
    expect(behavioural.filter((id) => !broken.has(id))).toEqual([]);
  });
});
