// Starts an emulator for a describe block (or a single test) and always closes it.
import { afterAll, beforeAll } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/start-emulator.js';
import type { EmulatorOptions } from '../../emulator/options.js';

/** An emulator started before the block's tests and closed after them. */
export function useEmulator(options: EmulatorOptions = {}): () => RunningEmulator {
  let running: RunningEmulator | undefined;
  beforeAll(async () => {
    running = await startEmulator(options);
  });
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (!running) throw new Error('the emulator is not started yet');
    return running;
  };
}

/** Runs `body` against a fresh emulator and closes it whatever happens. */
export async function withEmulator<T>(
  options: EmulatorOptions,
  body: (emulator: RunningEmulator) => Promise<T>,
): Promise<T> {
  const emulator = await startEmulator(options);
  try {
    return await body(emulator);
  } finally {
    await emulator.close();
  }
}

let counter = 0;
/** A valid connection name unique within the test run. */
export function uniqueName(prefix = 'conn'): string {
  counter += 1;
  return `${prefix}-${process.pid % 10000}-${counter}`;
}
