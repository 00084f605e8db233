// Request ids: a fresh UUID per request, as App Runner's x-amzn-RequestId values are.
import { randomUUID } from 'node:crypto';

export const newRequestId = (): string => randomUUID();
