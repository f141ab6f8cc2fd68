import type { GraphQLRequestError } from '../../api/errors';
import type { FieldErrors } from '../../core/editing/types';
import type { RuleCode } from '../../core/validation/rules';

/**
 * A server refusal pinned to its field when the server named one ("input[0].nip" → nip) and
 * quoted a shared rule ("(rule: nip)"); null when it is not about a single field.
 */
export function serverFieldError(error: GraphQLRequestError): FieldErrors | null {
  if (error.code !== 'BAD_USER_INPUT' || !error.argumentName) return null;
  const field = error.argumentName.split('.').at(-1);
  const rule = /\(rule: (\w+)\)/.exec(error.message)?.[1] as RuleCode | undefined;
  return field && rule ? { [field]: rule } : null;
}
