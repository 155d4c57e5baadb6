import { useGraphQlJit } from '@envelop/graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { getOperationAST, getVariableValues } from '../graphql';
import type { Logger } from '../log';

/**
 * Compiled execution: each operation's document (kept by yoga's parse/validate cache) is compiled
 * once by graphql-jit into a function, so a request runs no generic field walk. Requests whose
 * variables do not coerce are left to yoga's executor, which answers them as before (400, the
 * message naming the expected type); graphql-jit's own messages and status differ.
 */
export function useCompiledExecution(log: Logger): Plugin {
  // Typed for envelop's bare context; yoga's context extends it.
  return useGraphQlJit(
    {},
    {
      enableIf: ({ schema, document, operationName, variableValues }) => {
        const op = getOperationAST(document, operationName);
        if (!op) return false;
        return !getVariableValues(schema, op.variableDefinitions ?? [], variableValues ?? {}).errors;
      },
      onError: (r) => log.error({ errors: r.errors?.map((e) => e.message) }, 'jit_compile_failed'),
    },
  ) as Plugin;
}
