import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from '../graphql';

/**
 * Armor throws its refusals as bare errors; report them as validation errors with a code instead,
 * so clients can branch on `extensions.code` and the response is an ordinary 4xx GraphQL error.
 */
const refuse = {
  propagateOnRejection: false,
  onReject: [
    (ctx: ValidationContext | null, error: GraphQLError): void => {
      const message = error.message.replace(/^Syntax Error: /, '');
      ctx?.reportError(new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX' } }));
    },
  ],
};

/**
 * Static limits checked before execution. Our deepest honest query (search → person → positions →
 * organization → positions → holders → person → name) is depth 10; introspection is exempt so
 * GraphiQL and codegen work.
 */
export const ARMOR = {
  maxDepth: { n: 12, ignoreIntrospection: true, ...refuse },
  costLimit: { maxCost: 20_000, ignoreIntrospection: true, ...refuse },
  maxAliases: { n: 15, ...refuse },
  // Counted while parsing, before there is a validation context: this one stays a syntax error.
  maxTokens: { n: 2_000 },
  maxDirectives: { n: 20, ...refuse },
  blockFieldSuggestion: { enabled: true },
} as const;

export function useArmor(): Plugin {
  return EnvelopArmorPlugin(ARMOR) as Plugin;
}
