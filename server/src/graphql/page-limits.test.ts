import { describe, expect, it } from 'vitest';
import { pageLimitTypeDefs } from './page-limits.js';

describe('pageLimitTypeDefs', () => {
  it('caps every @node type and nothing else', () => {
    const typeDefs = `
      type Area @node { teryt: String! }
      type Membership @relationshipProperties { role: String }
      type Network { size: Int }
      type Institution @node @fulltext(indexes: []) { id: ID! }`;
    expect(pageLimitTypeDefs(typeDefs, 500).split('\n')).toEqual([
      'extend type Area @limit(default: 500, max: 500)',
      'extend type Institution @limit(default: 500, max: 500)',
    ]);
  });
});
