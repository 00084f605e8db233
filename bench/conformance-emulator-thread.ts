// The counting emulator of conformance-mix.ts in a worker thread of its own, so that what
// the main thread does (vitest's reporting, while the suites run) does not delay its answers.
// Posts { url } once it listens; 'requests' posts the requests answered so far; 'close' closes it
// and posts them all.
import { parentPort, workerData } from 'node:worker_threads';
import type { EmulatorOptions } from '../emulator/index.js';
import { startCountingEmulator } from './conformance-mix.js';

const port = parentPort;
if (!port) throw new Error('conformance-emulator-thread.ts runs in a worker thread');
const emulator = await startCountingEmulator(workerData as EmulatorOptions);
port.postMessage({ url: emulator.url });
port.on('message', (m: 'requests' | 'close') => {
  if (m === 'requests') port.postMessage({ requests: emulator.requests });
  else
    void emulator.close().then(() => {
      port.postMessage({ requests: emulator.requests });
      port.close();
    });
});
