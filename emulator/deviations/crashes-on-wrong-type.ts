// A handler that trusts the member's type: a value of the wrong JSON type reaches code that
// dereferences it, and the request ends in a 500 instead of a client error.
import type { Deviation } from '../behaviour/change.js';

function crashesOnWrongType(
  name: string,
  requirement: Deviation['breaks'],
  member: string,
): Deviation {
  return {
    name,
    breaks: requirement,
    description: `${member} of the wrong JSON type crashes the handler: HTTP 500 instead of a 4xx.`,
    hooks: (base) => ({
      inputViolations: (schema, input) => {
        const found = base.inputViolations(schema, input);
        if (found.some((v) => v.requirement === requirement))
          throw new TypeError(`${member}.length is not a function`);
        return found;
      },
    }),
  };
}

export const arnWrongTypeCrashes = crashesOnWrongType(
  'arn-wrong-type-crashes',
  'shape.AppRunnerResourceArn.type',
  'ResourceArn',
);
export const nameWrongTypeCrashes = crashesOnWrongType(
  'name-wrong-type-crashes',
  'shape.ConnectionName.type',
  'ConnectionName',
);
export const maxResultsWrongTypeCrashes = crashesOnWrongType(
  'max-results-wrong-type-crashes',
  'shape.MaxResults.type',
  'MaxResults',
);
export const tokenWrongTypeCrashes = crashesOnWrongType(
  'token-wrong-type-crashes',
  'shape.NextToken.type',
  'NextToken',
);
export const tagKeysWrongTypeCrashes = crashesOnWrongType(
  'tag-keys-wrong-type-crashes',
  'shape.TagKeyList.type',
  'TagKeys',
);
export const providerWrongTypeCrashes = crashesOnWrongType(
  'provider-wrong-type-crashes',
  'shape.ProviderType.type',
  'ProviderType',
);
export const tagsWrongTypeCrashes = crashesOnWrongType(
  'tags-wrong-type-crashes',
  'shape.TagList.type',
  'Tags',
);
export const tagWrongTypeCrashes = crashesOnWrongType(
  'tag-wrong-type-crashes',
  'shape.Tag.type',
  'Tags[i]',
);
export const tagKeyWrongTypeCrashes = crashesOnWrongType(
  'tag-key-wrong-type-crashes',
  'shape.TagKey.type',
  'Key',
);
export const tagValueWrongTypeCrashes = crashesOnWrongType(
  'tag-value-wrong-type-crashes',
  'shape.TagValue.type',
  'Value',
);
