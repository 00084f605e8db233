// Which way a test file's calls reach the embedded emulator. Files about HTTP itself (suites/wire/:
// headers, framing, malformed requests, the shapes of every answer) go over real HTTP, as every
// call to any other target does. The others hand the SDK's requests to the same emulator in this
// process (emulator/sdk-adapter.ts): the same answers from the same core, without the loopback
// sockets that took most of the run's time (docs/decisions/0007-in-process-transport.md).

/** Whether `testFile` (a path) makes its calls over HTTP even when the emulator is in process. */
export const overHttp = (testFile: string): boolean =>
  /(^|[\\/])suites[\\/]wire[\\/]/.test(testFile);
