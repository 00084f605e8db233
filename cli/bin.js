#!/usr/bin/env node
// `npx apprunner-connection-conformance ...`: the same command as `npm run conformance`. The
// project ships TypeScript; tsx loads it. vitest/node is loaded first, natively (see
// cli/preload.js).
import { register } from 'tsx/esm/api';

await import('./preload.js');
register();
await import('./conformance.ts');
