// The baseline of bench/conformance.ts: what any TypeScript command of this project pays
// before it does anything, started the way `npm run conformance` is (npm, then tsx, then node),
// loading the SDK the suites drive and nothing else.
//   npm exec -- tsx bench/conformance-baseline.ts
import { AppRunnerClient } from '@aws-sdk/client-apprunner';

process.stdout.write(`baseline: ${typeof AppRunnerClient}\n`);
