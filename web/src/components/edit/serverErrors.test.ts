import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../api/errors';
import { serverFieldError } from './serverErrors';

describe('serverFieldError', () => {
  it('pins a rule the server quoted to the field it named', () => {
    const error = new GraphQLRequestError(
      'BAD_USER_INPUT',
      'Institution nip is not a valid NIP (rule: nip).',
      200,
      'input[0].nip',
    );
    expect(serverFieldError(error)).toEqual({ nip: 'nip' });
  });

  it('leaves other refusals to the form-wide message', () => {
    expect(serverFieldError(new GraphQLRequestError('FORBIDDEN', 'Not your region', 200))).toBeNull();
    expect(
      serverFieldError(new GraphQLRequestError('BAD_USER_INPUT', 'No such area', 200, 'teryt')),
    ).toBeNull();
  });
});
