import { mintToken } from '../../server/src/auth/mint-token.js';
import type { Role } from '../../server/src/auth/principal.js';

/** The secret startTestApi gives the server; tokens minted with it are accepted there. */
export const TEST_JWT_SECRET = 'splot-test-secret-not-for-production-0123456789';

/** An Authorization header for a role (and, for editors, regions), as the web app would send it. */
export async function authHeader(role: Role, regions: string[] = []): Promise<Record<string, string>> {
  const token = await mintToken({ secret: TEST_JWT_SECRET, role, regions, subject: `test-${role}` });
  return { authorization: `Bearer ${token}` };
}

/** Shorthand for the header most tests need to set up their own data. */
export const adminHeader = () => authHeader('admin');
