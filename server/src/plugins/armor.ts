import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';

/**
 * Static limits checked before execution. Our deepest honest query (search → person → positions →
 * organization → positions → holders → person → name) is depth 10; introspection is exempt so
 * GraphiQL and codegen work.
 */
export const ARMOR = {
  maxDepth: { n: 12, ignoreIntrospection: true },
  costLimit: { maxCost: 20_000, ignoreIntrospection: true },
  maxAliases: { n: 15 },
  maxTokens: { n: 2_000 },
  maxDirectives: { n: 20 },
  blockFieldSuggestion: { enabled: true },
} as const;

export function useArmor(): Plugin {
  return EnvelopArmorPlugin(ARMOR) as Plugin;
}
