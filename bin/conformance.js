#!/usr/bin/env node
// `npx apprunner-connection-conformance ...`: the same command as `npm run conformance`. The
// project ships TypeScript; tsx loads it.
import { register } from 'tsx/esm/api';

register();
await import('../scripts/conformance.ts');
