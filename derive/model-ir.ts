// The neutral form both model renderings (Smithy JSON AST, botocore service-2) are read into.
// Everything downstream (schemas, requirements, indexes) is rendered from this alone, so the two
// readers can be cross-checked by comparing their IR.

export type ShapeIR =
  | StringShape
  | EnumShape
  | IntegerShape
  | TimestampShape
  | ListShape
  | StructureShape
  | BooleanShape;

export interface StringShape {
  kind: 'string';
  length?: { min?: number; max?: number };
  pattern?: string;
}
export interface EnumShape {
  kind: 'enum';
  values: string[];
}
export interface IntegerShape {
  kind: 'integer';
  range?: { min?: number; max?: number };
}
export interface BooleanShape {
  kind: 'boolean';
}
export interface TimestampShape {
  kind: 'timestamp';
}
export interface ListShape {
  kind: 'list';
  member: string;
  length?: { min?: number; max?: number };
}
export interface MemberIR {
  target: string;
  required: boolean;
}
export interface ErrorTraits {
  /** HTTP status code the model states, or null when this rendering does not carry one. */
  httpStatus: number | null;
  fault: 'client' | 'server';
}
export interface StructureShape {
  kind: 'structure';
  members: Record<string, MemberIR>;
  error?: ErrorTraits;
}

export interface OperationIR {
  name: string;
  input: string;
  output: string;
  errors: string[];
  paginated?: { inputToken: string; outputToken: string; pageSize: string };
}

export interface ModelIR {
  format: 'smithy' | 'botocore';
  namespace: string;
  serviceName: string;
  targetPrefix: string;
  apiVersion: string;
  operations: Record<string, OperationIR>;
  shapes: Record<string, ShapeIR>;
}

/** The operations this suite covers; the contract is the closure of shapes they reach. */
export const CONNECTION_OPERATIONS = [
  'CreateConnection',
  'ListConnections',
  'DeleteConnection',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
] as const;
export type ConnectionOperation = (typeof CONNECTION_OPERATIONS)[number];

/** A user mistake (bad path, bad file): reported as one line, exit code 2, no stack trace. */
export class ModelInputError extends Error {}
