import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLInputType,
  type GraphQLSchema,
} from '../src/graphql';

export interface RootOperation {
  field: string;
  query: string;
}

/**
 * One operation per Query and Mutation field of the schema, with made-up arguments (ids that do
 * not exist, a short article): fields added later are covered without editing the tests that use
 * this. Every such operation must reach the database.
 */
export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  let n = 0;
  // Date arguments (changes(since:), at:, publishedAt …) get a date, so they pass validation and reach the database.
  const DATE_ARG = /^(since|until|at|from|to|fromDate|toDate|publishedAt)$/;
  const value = (type: GraphQLInputType, name = ''): string => {
    if (isNonNullType(type)) return value(type.ofType, name);
    if (isListType(type)) return `[${value(type.ofType, name)}]`;
    if (isEnumType(type)) return type.getValues()[0]!.name;
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type));
      return `{ ${fields.map((f) => `${f.name}: ${value(f.type, f.name)}`).join(', ')} }`;
    }
    switch (type.name) {
      case 'ID':
        return JSON.stringify(`per_outage${(n += 1)}`);
      case 'Int':
      case 'Float':
        return '1';
      case 'Boolean':
        return 'true';
      default:
        if (DATE_ARG.test(name)) return JSON.stringify('2023');
        return JSON.stringify('李毅中\n中国工业经济联合会会长李毅中出席会议。');
    }
  };
  const out: RootOperation[] = [];
  for (const [keyword, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      const args = field.args.filter((a) => isNonNullType(a.type) && a.defaultValue === undefined);
      const argText = args.length
        ? `(${args.map((a) => `${a.name}: ${value(a.type, a.name)}`).join(', ')})`
        : '';
      const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
      out.push({ field: field.name, query: `${keyword} { ${field.name}${argText}${selection} }` });
    }
  }
  return out;
}
