// A mistyped requirement id fails the typecheck wherever a check names one: `npm run typecheck`
// compiles this file, and an @ts-expect-error that finds no error is itself an error. A typo in
// require() would otherwise blame a requirement nobody reports, and the broken one would pass.
import type { TaskMeta } from 'vitest';
import { expect, test } from 'vitest';
import type { check, checkProperty, observe } from './check.js';
import { expectError, require } from './errors.js';
import { NarrowableFailure, RequirementFailure, type Observation } from './meta.js';

test('require() blames the catalogue id it is given, a constraint id as well', () => {
  expect(() => require(false, 'shape.ConnectionName.length', 'too long')).toThrow(
    new RequirementFailure(['shape.ConnectionName.length'], 'too long'),
  );
  // @ts-expect-error: a misspelt id is not a RequirementId
  expect(() => require(false, 'CONN-NAME-UNIQEU', 'taken')).toThrow(RequirementFailure);
  // @ts-expect-error: a constraint the model does not state is not one either
  expect(() => require(false, 'shape.ConnectionName.enum', 'x')).toThrow(RequirementFailure);
});

test('expectError() blames the catalogue id it is given', async () => {
  await expect(
    expectError(Promise.resolve(), 'InvalidRequestException', 'CONN-NAME-UNIQUE'),
  ).rejects.toThrow(/\[breaks CONN-NAME-UNIQUE\]/);
  // @ts-expect-error: a misspelt id is not a RequirementId
  await expect(expectError(Promise.resolve(), 'X', 'CONN-NAME-UNIQEU')).rejects.toThrow();
});

test('failures, observations and task metadata take catalogue ids only', () => {
  const narrow = (): Promise<RequirementFailure> =>
    Promise.resolve(new RequirementFailure(['shape.TagKey.pattern'], 'x'));
  expect(new NarrowableFailure(['shape.TagKey.length'], 'x', narrow).requirements).toEqual([
    'shape.TagKey.length',
  ]);
  // @ts-expect-error: a misspelt id is not a RequirementId
  expect(new RequirementFailure(['shape.TagKey.lenght'], 'x')).toBeInstanceOf(Error);
  // @ts-expect-error: a misspelt id is not a RequirementId
  expect(new NarrowableFailure(['CONN-BOGUS'], 'x', narrow)).toBeInstanceOf(RequirementFailure);
  // @ts-expect-error: a misspelt id is not a RequirementId
  const observation: Observation = { requirement: 'OBS-BOGUS', value: 1 };
  // @ts-expect-error: a misspelt id is not a RequirementId
  const meta: TaskMeta = { requirements: ['CONN-BOGUS'], brokenRequirements: ['CONN-NAME-UNIQUE'] };
  expect([observation, meta]).toHaveLength(2);
});

// check(), checkProperty() and observe() declare a vitest test when called, so only their
// parameter types are held here.
const _cited: Parameters<typeof check>[0] = ['CONN-NAME-UNIQUE', 'shape.ConnectionName.pattern'];
// @ts-expect-error: a misspelt id is not a RequirementId
const _misspelt: Parameters<typeof check>[0] = ['CONN-NAME-UNIQEU'];
// @ts-expect-error: a misspelt id is not a RequirementId
const _property: Parameters<typeof checkProperty>[0] = ['shape.TagKey.lenght'];
// @ts-expect-error: a misspelt id is not a RequirementId
const _observed: Parameters<typeof observe>[0] = 'OBS-BOGUS';
