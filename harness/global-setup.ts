// Runs once, in the process that starts vitest: a replay of fixtures takes its seed, runs, names
// and Region from the fixture set. (A run that names no endpoint needs nothing here: each worker
// starts its own embedded emulator, harness/embedded-emulator.ts.)
import { targetConfigFromEnv } from './target-config.js';

export default async function setup(): Promise<void> {
  const config = targetConfigFromEnv();
  if (config.kind !== 'fixtures') return;
  // Imported only for a replay: this process would otherwise transform it for every run.
  const { replayEnv } = await import('./fixtures/replay-plan.js');
  Object.assign(process.env, replayEnv(config));
}
