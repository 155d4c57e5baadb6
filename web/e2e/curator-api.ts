/**
 * A test curator's side door to the API: GraphQL over HTTP with its token, and the clean-up that
 * undoes, newest first, every change it made that is not undone yet (so other files see the seed as
 * written). `skip` names operations a test cleans up itself (a merge whose nodes it deletes).
 */
export interface CuratorApi {
  call<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  undoAll(skip?: (operation: string) => boolean): Promise<void>;
}

interface CurationRow {
  id: string;
  operation: string;
  curator: string;
  undoes: string | null;
}

export function curatorApi(url: () => string, token: () => string, curator: string): CuratorApi {
  async function call<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${url()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors?: { message: string }[] };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data;
  }
  return {
    call,
    async undoAll(skip = () => false) {
      const { curations } = await call<{ curations: { edges: { node: CurationRow }[] } }>(
        'query { curations(first: 100) { edges { node { id operation curator undoes } } } }',
      );
      const mine = curations.edges.map((e) => e.node).filter((c) => c.curator === curator);
      const undone = new Set(mine.map((c) => c.undoes).filter((id): id is string => id !== null));
      for (const c of mine) {
        if (c.operation === 'UNDO' || undone.has(c.id) || skip(c.operation)) continue;
        await call('mutation($id: ID!) { undoCuration(id: $id) { id } }', { id: c.id });
      }
    },
  };
}
