// Real endpoints add headers of their own (proxies, CDNs, tracing).
import type { Variant } from '../behaviour/change.js';

export const extraHeaders: Variant = {
  name: 'extra-headers',
  varies: ['WIRE-CONTENT-TYPE', 'WIRE-REQUEST-ID'],
  description: 'Responses carry extra headers (cache control, a trace id, a server name).',
  hooks: (base) => ({
    responseHeaders: (head) => ({
      ...base.responseHeaders(head),
      'Cache-Control': 'no-cache',
      'x-amzn-trace-id': `Root=1-${head.requestId.slice(0, 8)}`,
      Server: 'apprunner-connection-emulator',
    }),
  }),
};
