// The signed-in user's token, where the explorer's sign-in keeps it (sessionStorage "splot.token"),
// and whether its roles allow importing. The server checks the token; this only hides the button.

const KEY = 'splot.token';

export function storedToken(): string | null {
  try {
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** The roles a JWT claims (unverified: for showing controls only). */
export function tokenRoles(token: string | null): string[] {
  const payload = token?.split('.')[1];
  if (!payload) return [];
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { roles?: unknown };
    return Array.isArray(json.roles) ? json.roles.filter((r): r is string => typeof r === 'string') : [];
  } catch {
    return [];
  }
}

export const mayImport = (token: string | null) =>
  tokenRoles(token).some((r) => r === 'editor' || r === 'admin');
