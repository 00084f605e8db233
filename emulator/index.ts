// Public surface of the reference emulator.
export {
  startEmulator,
  type EmulatorClientConfig,
  type RunningEmulator,
} from './start-emulator.js';
export {
  DEFAULTS,
  EmulatorOptionsError,
  type AutoHandshake,
  resolveOptions,
  type EmulatorOptions,
  type EmulatorSettings,
} from './options.js';
export { DEVIATIONS, DEVIATION_NAMES } from './deviations/index.js';
export { VARIANTS, VARIANT_NAMES } from './variants/index.js';
export type { Deviation, Variant } from './behaviour/change.js';
// The core without sockets: new EmulatorCore(resolveOptions(options)).handle(wireRequest).
export { EmulatorCore } from './emulator-core.js';
// An SDK client's request handler that answers from a core in this process.
export { inProcessHandler, type InProcessHandler } from './sdk-adapter.js';
export type { WireRequest, WireResponse } from './protocol/wire.js';
// Handshakes, faults and reset, for tests of applications (README, "Controlling the emulator").
export {
  ControlError,
  EmulatorControl,
  type HandshakeOutcome,
  type HandshakeResult,
} from './control/control.js';
export {
  FaultSpecError,
  type FaultKind,
  type FaultSpec,
  type ScheduledFault,
} from './control/faults.js';
