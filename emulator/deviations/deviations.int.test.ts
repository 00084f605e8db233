// Every deviation really changes the behaviour it claims: its probe holds against the faithful
// emulator and fails against the emulator with the deviation (same options otherwise).
import { describe, expect, it } from 'vitest';
import { requirement } from '../../contract/index.js';
import { withEmulator } from '../../test-support/emulator/use-emulator.js';
import { DEVIATIONS } from './index.js';
import { PROBES } from '../../test-support/emulator/probes/index.js';

describe.each(DEVIATIONS.map((d) => [d.name, d] as const))('deviation %s', (name, deviation) => {
  const probe = PROBES[name];

  it(`breaks ${deviation.breaks}, a MUST requirement`, () => {
    expect(requirement(deviation.breaks).level).toBe('MUST');
    expect(probe, `no probe for ${name}`).toBeDefined();
  });

  it('holds without the deviation and fails with it', async () => {
    const options = { connectionQuota: 50, ...probe?.options };
    const faithful = await withEmulator(options, ({ url }) => probe!.holds(url));
    const deviant = await withEmulator({ ...options, deviation: name }, ({ url }) =>
      probe!.holds(url),
    );
    expect({ faithful, deviant }).toEqual({ faithful: true, deviant: false });
  });
});
