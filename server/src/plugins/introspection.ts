import type { Plugin } from 'graphql-yoga';
import { NoSchemaIntrospectionCustomRule } from '../graphql';

/** Refuses `__schema`/`__type` (a validation error), for production without GraphiQL. */
export function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
