#!/usr/bin/env node
// `npx apprunner-connection-conformance ...`: the conformance command, as the package ships it
// (compiled to dist/cli/bin.js by `npm run build`; Node runs it with no loader).
import './conformance.js';
