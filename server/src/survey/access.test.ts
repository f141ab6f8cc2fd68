import { describe, expect, it } from 'vitest';
import type { Principal } from '../auth/principal.js';
import { assertSurveyArea, maySurveyArea, surveyRegions } from './access.js';

const who = (roles: Principal['roles'], regions: string[] = []): Principal => ({ sub: 't', roles, regions });
const code = (f: () => unknown) => {
  try {
    f();
    return 'OK';
  } catch (error) {
    return (error as { extensions?: { code?: string } }).extensions?.code;
  }
};

describe('survey access', () => {
  it('follows the region rules: admins everywhere, editors in their voivodeships, nobody else', () => {
    expect(code(() => assertSurveyArea(null, '2607'))).toBe('UNAUTHENTICATED');
    expect(code(() => assertSurveyArea(who(['viewer']), '2607'))).toBe('FORBIDDEN');
    expect(code(() => assertSurveyArea(who(['editor'], ['06']), '2607'))).toBe('FORBIDDEN');
    expect(code(() => assertSurveyArea(who(['editor'], []), '2607'))).toBe('FORBIDDEN');
    expect(code(() => assertSurveyArea(who(['editor'], ['26']), '2607'))).toBe('OK');
    expect(code(() => assertSurveyArea(who(['editor'], ['26']), '2607011'))).toBe('OK');
    expect(code(() => assertSurveyArea(who(['admin']), '0201'))).toBe('OK');
    expect(maySurveyArea(who(['editor'], ['06']), '2607')).toBe(false);
    expect(surveyRegions(who(['admin']))).toBeNull();
    expect(surveyRegions(who(['editor'], ['26']))).toEqual(['26']);
  });
});
