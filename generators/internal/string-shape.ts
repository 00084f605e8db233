// A string shape of the model as the generators use it: its code point length bounds, its
// pattern read into segments, and the requirement ids of its rules.
import { stringConstraint } from '../../contract/index.js';
import { readPatternForm, type PatternForm } from './pattern-form.js';
import { shapeRequirement } from './requirement-ids.js';
import type { RequirementId } from '../../contract/index.js';

export interface StringShape {
  name: string;
  minLength: number;
  maxLength: number;
  form: PatternForm;
  requirements: {
    type: RequirementId;
    length: RequirementId | undefined;
    pattern: RequirementId | undefined;
  };
}

const cache = new Map<string, StringShape>();

export function stringShape(name: string): StringShape {
  const hit = cache.get(name);
  if (hit) return hit;
  const c = stringConstraint(name);
  const hasLength = c.minLength > 0 || c.maxLength < Number.MAX_SAFE_INTEGER;
  const shape: StringShape = {
    name,
    minLength: c.minLength,
    maxLength: c.maxLength,
    // A shape without a pattern reads as '.*': any string, with '.' giving the safe characters.
    form: readPatternForm(c.pattern ?? '.*'),
    requirements: {
      type: shapeRequirement(name, 'type'),
      length: hasLength ? shapeRequirement(name, 'length') : undefined,
      pattern: c.pattern === undefined ? undefined : shapeRequirement(name, 'pattern'),
    },
  };
  cache.set(name, shape);
  return shape;
}

export function lengthRequirement(shape: StringShape): RequirementId {
  if (!shape.requirements.length) throw new Error(`${shape.name} has no length rule to break`);
  return shape.requirements.length;
}

export function patternRequirement(shape: StringShape): RequirementId {
  if (!shape.requirements.pattern) throw new Error(`${shape.name} has no pattern to break`);
  return shape.requirements.pattern;
}
