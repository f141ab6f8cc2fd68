import type { SplotContext } from '../context.js';

/** `me`: the verified caller of this request, straight from the context (no database). */
export function accessResolvers() {
  return {
    Query: {
      me: (_root: unknown, _args: unknown, context: SplotContext) => context.principal,
    },
  };
}
