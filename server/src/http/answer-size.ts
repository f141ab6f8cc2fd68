import type { ApolloServerPlugin } from '@apollo/server';
import type { SplotContext } from '../graphql/context.js';
import type { AnswerText } from './stringify-once.js';

/**
 * Refuses an answer whose JSON is larger than `maxBytes` (ANSWER_MAX_MB) with QUERY_TOO_COMPLEX
 * (HTTP 400) instead of sending and caching it. The cost limit (cost.ts) keeps most such queries
 * from running at all; this catches what its estimate of unpaged nested lists lets through. The
 * answer has been built by then, but is dropped at once rather than held while a slow client
 * reads 60 MB, or kept in the read cache.
 */
export function answerSizePlugin(maxBytes: number, text: AnswerText): ApolloServerPlugin<SplotContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.data) return;
          const size = text.bytes(response.body.singleResult);
          if (size <= maxBytes) return;
          contextValue.log.info({ bytes: size, maxBytes }, 'answer too large, refused');
          const mb = (n: number) => String(Number((n / 1_048_576).toFixed(2)));
          response.http.status = 400;
          response.body.singleResult = {
            errors: [
              {
                message: `The answer would be ${mb(size)} MB, more than the ${mb(maxBytes)} MB limit; ask for fewer items per page (limit, first) or fewer nested lists.`,
                extensions: { code: 'QUERY_TOO_COMPLEX', requestId: contextValue.requestId },
              },
            ],
          };
        },
      };
    },
  };
}
