import { GraphQLError } from 'graphql';

/** An error the client caused; the message names the argument and the offending value. */
export function badUserInput(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}
