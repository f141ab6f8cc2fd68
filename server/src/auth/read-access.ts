import type { ApolloServerPlugin } from '@apollo/server';
import { forbidden, unauthenticated } from '../errors.js';
import type { Principal } from './principal.js';

/**
 * ANONYMOUS_READ=false: reading needs a token with a role. Two locks, both before the database:
 * a schema-wide @authentication rule for everything @neo4j/graphql generates, and a plugin that
 * refuses any operation of an anonymous caller, which also covers custom resolvers (areaNetwork,
 * analytics…) that the rule does not reach.
 */
export function readAccessTypeDefs(anonymousRead: boolean): string {
  if (anonymousRead) return '';
  return `extend schema @authentication(operations: [READ, AGGREGATE], jwt: { OR: [
    { roles: { includes: "viewer" } }, { roles: { includes: "editor" } }, { roles: { includes: "admin" } }
  ] })`;
}

/** True when the caller may read at all. */
export function mayRead(principal: Principal | null, anonymousRead: boolean): boolean {
  return anonymousRead || (principal !== null && principal.roles.length > 0);
}

export function readGatePlugin(anonymousRead: boolean): ApolloServerPlugin<{ principal: Principal | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue }) {
          if (mayRead(contextValue.principal, anonymousRead)) return;
          const error = contextValue.principal
            ? forbidden('Your token carries no splot role (viewer, editor or admin), so it may not read.')
            : unauthenticated('Sign in to use this server: it does not allow anonymous reading.');
          error.extensions.http = { status: contextValue.principal ? 403 : 401 };
          throw error;
        },
      };
    },
  };
}
