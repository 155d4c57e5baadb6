import type { Driver } from 'neo4j-driver';
import type { PlanInput, WritePlan } from './plan';
import { planAfter } from './plan-ahead';
import { writeArticles, type ArticlesWriteResult } from './write-articles';
import type { WriteOptions } from './write';

interface Submitted {
  /** Settles when the batch's write starts, with the plan it writes (null: planned in its transaction). */
  started: Promise<WritePlan | null>;
  /** Whether it committed that plan as it was, whole, in one transaction. */
  clean: Promise<boolean>;
  /** Settles when its write is over, failed or not. */
  finished: Promise<void>;
}

/**
 * One writer that plans batch N+1 while batch N is written (plan-ahead.ts): batches are
 * written one after another in the order they are submitted, and each one's lookups and plan run
 * during the previous one's transaction. A plan made on top of a batch that did not commit exactly
 * its plan (split, retried article by article, planned late) is dropped and the batch is planned in
 * its own transaction, as without planning ahead; the next batch is then planned after that one
 * commits, which restarts the chain.
 */
export class PlanningWriter {
  private last: Submitted | null = null;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly options: WriteOptions,
  ) {}

  write(batch: readonly PlanInput[]): Promise<ArticlesWriteResult> {
    const prev = this.last;
    const started = deferred<WritePlan | null>();
    const clean = deferred<boolean>();
    const finished = deferred<void>();
    this.last = { started: started.promise, clean: clean.promise, finished: finished.promise };

    const prefix = this.options.idPrefix ?? '';
    // The lookups must see every batch before the previous one committed: start once it is writing.
    const planned = (async (): Promise<{ plan: WritePlan; onPrevious: boolean } | null> => {
      if (!prev)
        return { plan: await planAfter(this.driver, this.database, batch, null, prefix), onPrevious: false };
      const previous = await prev.started;
      if (previous === null) await prev.finished;
      const plan = await planAfter(this.driver, this.database, batch, previous, prefix);
      return { plan, onPrevious: previous !== null };
    })().catch(() => null); // the write plans in its transaction, and meets the error there if it lasts

    return (async () => {
      try {
        await prev?.finished;
        const p = await planned;
        const usable = p !== null && (!p.onPrevious || (await prev!.clean));
        const plan = usable ? p.plan : null;
        started.resolve(plan);
        const r = await writeArticles(this.driver, this.database, batch, this.options, plan);
        clean.resolve(r.planWritten);
        return r;
      } finally {
        started.resolve(null);
        clean.resolve(false);
        finished.resolve();
      }
    })();
  }
}

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
