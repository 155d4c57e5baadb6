/**
 * Our one import of `graphql`. graphql 16 ships CJS (`main`) and ESM (`module`) builds without an
 * `exports` map; Pothos and yoga, loaded by Node, get the CJS build, while a bundler-style resolver
 * (vitest) would hand our files the ESM one: two realms, and "Cannot use GraphQLObjectType from
 * another module or realm". Naming the CJS entry pins everyone to the same instance.
 */
export {
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  lexicographicSortSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  printSchema,
} from 'graphql/index.js';
export type {
  DefinitionNode,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLInputType,
  GraphQLResolveInfo,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql/index.js';
