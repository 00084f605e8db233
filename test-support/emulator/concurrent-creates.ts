// Fires `count` CreateConnection calls for one name at once, each on its own socket, and returns
// their statuses. node:http with a keep-alive agent, so the requests really overlap.
import { request, type Agent } from 'node:http';
import { defaultHeaders } from './raw-call.js';

function create(port: number, agent: Agent, name: string): Promise<number> {
  const body = JSON.stringify({ ConnectionName: name, ProviderType: 'GITHUB' });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        agent,
        headers: defaultHeaders('CreateConnection'),
        timeout: 10_000,
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

export function concurrentCreates(
  port: number,
  agent: Agent,
  name: string,
  count: number,
): Promise<number[]> {
  return Promise.all(Array.from({ length: count }, () => create(port, agent, name)));
}
