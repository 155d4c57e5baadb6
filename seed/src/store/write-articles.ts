import { isRetryableError, Neo4jError, type Driver } from 'neo4j-driver';
import type { PlanInput, WritePlan } from './plan';
import type { EntityCounts } from './rows';
import { writeBatch, type WriteOptions } from './write';

/**
 * Many articles in one transaction where that is safe, one at a time where it is not: the batch is
 * written as one plan (resolution across the batch, one UNWIND per label and type, one commit); if
 * it fails, nothing of it stays (one transaction) and each article is written again on its own, so
 * one bad article fails alone and the others land.
 */
export type ArticleWriteOutcome =
  | { ok: true; articleId: string; alreadyPresent: boolean; entities: EntityCounts }
  | { ok: false; error: string };

export interface ArticlesWriteResult {
  /** Parallel to the inputs. */
  outcomes: ArticleWriteOutcome[];
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  /** Transactions committed or failed: 1 for a batch that went through, more when it was split. */
  transactions: number;
  /** A plan was given and committed as it was, whole, in one transaction (plan-ahead.ts). */
  planWritten: boolean;
}

/**
 * Unreachable, refusing us, or still failing transiently after the driver's retries: the database's
 * fault, not the article's, so the run stops instead of failing every article that follows. A
 * statement the database refuses for this article's data (a value too large to index, say) is the
 * article's fault, as is a planning error (not a Neo4jError).
 */
export function isDatabaseFailure(e: unknown): boolean {
  if (!(e instanceof Neo4jError)) return false;
  if (isRetryableError(e)) return true;
  return !/^Neo\.(ClientError|DatabaseError)\.(Statement|Schema|Procedure)\./.test(e.code);
}

/**
 * Groups in input order in which no article repeats: the same text twice in one statement would be
 * "new" twice, where one transaction each makes the second one already present.
 */
function withoutRepeats(inputs: readonly PlanInput[]): PlanInput[][] {
  const groups: PlanInput[][] = [];
  let seen = new Set<string>();
  let group: PlanInput[] = [];
  for (const input of inputs) {
    if (seen.has(input.article.id)) {
      groups.push(group);
      group = [];
      seen = new Set();
    }
    seen.add(input.article.id);
    group.push(input);
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/**
 * `plan`: the batch's plan made ahead of its transaction (plan-ahead.ts), used when the batch goes
 * in one transaction; a batch that repeats an article, or is retried article by article, is planned
 * in its transactions.
 */
export async function writeArticles(
  driver: Driver,
  database: string,
  inputs: readonly PlanInput[],
  options: WriteOptions = {},
  plan: WritePlan | null = null,
): Promise<ArticlesWriteResult> {
  const result: ArticlesWriteResult = {
    outcomes: [],
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    transactions: 0,
    planWritten: false,
  };
  const groups = withoutRepeats(inputs);
  const attempt = async (group: readonly PlanInput[], planned: WritePlan | null = null): Promise<void> => {
    result.transactions += 1;
    try {
      const r = await writeBatch(driver, database, group, options, planned);
      result.planWritten = planned !== null;
      result.nodesCreated += r.nodesCreated;
      result.relationshipsCreated += r.relationshipsCreated;
      result.propertiesSet += r.propertiesSet;
      for (const a of r.articles) result.outcomes.push({ ok: true, ...a });
    } catch (e) {
      if (isDatabaseFailure(e)) throw e;
      if (group.length === 1) {
        result.outcomes.push({ ok: false, error: (e as Error).message });
        return;
      }
      for (const one of group) await attempt([one]);
    }
  };
  if (plan && groups.length === 1) await attempt(groups[0]!, plan);
  else for (const group of groups) await attempt(group);
  return result;
}
