// Public surface of the contract: the derived spec as typed data and validators.
export {
  ERRORS,
  OPERATIONS,
  PROVENANCE,
  REQUIREMENT_IDS,
  type ErrorName,
  type OperationName,
  type RequirementId,
} from '../generated/contract.js';
export type * from '../generated/types.js';
export {
  REQUIREMENTS,
  isRequirementId,
  requirement,
  type Requirement,
  type Level,
  type Confidence,
} from './catalogue.js';
export { bareErrorName, errorNameIn } from './error-name.js';
export { enumValues, integerRange, patternRegExp, stringConstraint } from './constraints.js';
export { PLACEHOLDER_ACCOUNT } from './placeholder-account.js';
export { requirementOf } from './requirement-of.js';
export {
  ERROR_LIMIT,
  isValid,
  violations,
  type SchemaName,
  type Violation,
  type ViolationOptions,
} from './validate.js';
