// CreatedAt left out of one operation's answer (the field was added to the other views later).
import type { OperationName } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

function withoutCreatedAt(name: string, op: OperationName): Deviation {
  return {
    name,
    breaks: 'CONN-CREATE-FIELDS',
    description: `The connection in the ${op} answer has no CreatedAt.`,
    hooks: (base) => ({
      connectionView: (connection, asked) => {
        const view = base.connectionView(connection, asked);
        if (asked === op) delete view.CreatedAt;
        return view;
      },
    }),
  };
}

export const createAnswerWithoutCreatedAt = withoutCreatedAt(
  'create-answer-without-created-at',
  'CreateConnection',
);
export const deleteAnswerWithoutCreatedAt = withoutCreatedAt(
  'delete-answer-without-created-at',
  'DeleteConnection',
);
