import { mintToken } from '../../server/src/auth/mint-token.js';
import type { Role } from '../../server/src/auth/principal.js';
import { type GraphQLResponse, gql } from './api.js';

/** The secret startTestApi gives the server; tokens minted with it are accepted there. */
export const TEST_JWT_SECRET = 'splot-test-secret-not-for-production-0123456789';

/** An Authorization header for a role (and, for editors, regions), as the web app would send it. */
export async function authHeader(role: Role, regions: string[] = []): Promise<Record<string, string>> {
  const token = await mintToken({ secret: TEST_JWT_SECRET, role, regions, subject: `test-${role}` });
  return { authorization: `Bearer ${token}` };
}

/** Shorthand for the header most tests need to set up their own data. */
export const adminHeader = () => authHeader('admin');

/** A raw token (what a person pastes into the web app's sign-in), as `pnpm token` mints it. */
export function tokenFor(role: Role, regions: string[] = []): Promise<string> {
  return mintToken({ secret: TEST_JWT_SECRET, role, regions, subject: `test-${role}` });
}

/** gql() as an admin: how integration tests write their own test data. */
export async function gqlAsAdmin<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  return gql<T>(url, query, variables, await adminHeader());
}
