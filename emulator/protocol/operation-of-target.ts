// X-Amz-Target dispatch: 'AppRunner.<Operation>' names one of the operations in the derived spec.
import { OPERATIONS, type OperationName, type SchemaName } from '../../contract/index.js';
import { protocolError } from './service-error.js';

export interface OperationEntry {
  name: OperationName;
  input: SchemaName;
}

const BY_TARGET = new Map<string, OperationEntry>(
  OPERATIONS.operations.map((o) => [o.target, { name: o.name, input: o.input }]),
);

export function operationOfTarget(target: string | undefined): OperationEntry {
  if (target === undefined || target === '') {
    throw protocolError('UnknownOperationException', 'Missing X-Amz-Target header.');
  }
  const entry = BY_TARGET.get(target);
  if (!entry) {
    // The target is echoed only when short: it is client input and error messages are bounded.
    const shown = target.length <= 100 ? ` ${target}` : '';
    throw protocolError('UnknownOperationException', `Unknown operation${shown}.`);
  }
  return entry;
}
