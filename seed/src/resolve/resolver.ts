/**
 * Cross-article resolution of people and organizations (policy: ../store/README.md). Pure: the
 * writer looks up the candidate nodes in the database, this decides which node each name means.
 */

/** A node already in the graph (or created earlier in the same batch). */
export interface KnownNode {
  id: string;
  name: string;
  aliases: string[];
}

/** One person or organization as an extraction names it. */
export interface Mention {
  name: string;
  aliases: readonly string[];
}

export interface Resolution {
  /** Every name and alias of every mention → the id of the node it resolved to. */
  idOf: Map<string, string>;
  /** The resolved nodes with their aliases unioned (the mention's name when it differs, its aliases). */
  nodes: Map<string, KnownNode>;
}

/**
 * Resolves mentions of one kind group (persons, or organizations — never across: an organization
 * alias never resolves to a person). In order:
 *  1. a node with exactly this name (or the id derived from it) → that node (homonyms are one node);
 *  2. the name is an alias of exactly one known node → that node;
 *  3. one of the mention's aliases is the exact name of exactly one known node → that node;
 *  4. otherwise a new node with the id derived from the name.
 * An ambiguous alias (several nodes carry it) resolves nothing: a wrong merge is worse than a
 * missed one, and analysts can merge by hand.
 */
export function resolveMentions(
  mentions: readonly Mention[],
  known: readonly KnownNode[],
  deriveId: (name: string) => string,
): Resolution {
  const nodes = new Map<string, KnownNode>();
  const byName = new Map<string, string>();
  const byAlias = new Map<string, Set<string>>();
  const register = (n: KnownNode): void => {
    nodes.set(n.id, n);
    byName.set(n.name, n.id);
    for (const a of n.aliases) {
      const set = byAlias.get(a) ?? new Set<string>();
      set.add(n.id);
      byAlias.set(a, set);
    }
  };
  for (const k of known) register({ id: k.id, name: k.name, aliases: [...k.aliases] });

  const unique = (ids: Set<string> | undefined): string | null =>
    ids && ids.size === 1 ? ([...ids][0] ?? null) : null;

  const idOf = new Map<string, string>();
  for (const m of mentions) {
    const own = deriveId(m.name);
    let id = nodes.has(own) ? own : (byName.get(m.name) ?? unique(byAlias.get(m.name)));
    if (!id) {
      const viaAlias = new Set(m.aliases.map((a) => byName.get(a)).filter((x): x is string => !!x));
      id = unique(viaAlias) ?? own;
    }
    const node = nodes.get(id) ?? { id, name: m.name, aliases: [] };
    const aliases = new Set(node.aliases);
    for (const a of [m.name, ...m.aliases]) if (a !== node.name && a.length > 0) aliases.add(a);
    register({ ...node, aliases: [...aliases] });
    idOf.set(m.name, id);
  }
  // Aliases second, so a mention's own name always wins over another mention's alias.
  for (const m of mentions) {
    const id = idOf.get(m.name);
    if (!id) continue;
    for (const a of m.aliases) if (!idOf.has(a)) idOf.set(a, id);
  }
  return { idOf, nodes };
}

/** Every name and alias the mentions carry: what to look up in the database first. */
export function lookupNames(mentions: readonly Mention[]): string[] {
  const out = new Set<string>();
  for (const m of mentions) for (const n of [m.name, ...m.aliases]) if (n.length > 0) out.add(n);
  return [...out];
}
