import type { Driver } from 'neo4j-driver';
import type { Logger } from '../log';

/** After a failed probe, the next one waits this long: a flood of requests sends one probe. */
const PROBE_INTERVAL_MS = 250;

/**
 * Whether Neo4j answers, shared by all requests of one app. Once a request finds Neo4j gone, the
 * others are told at once (after one cheap connectivity probe, shared) instead of each waiting for
 * the driver's timeouts; the outage is logged once when it starts and once when it ends.
 */
export class DbHealth {
  private downSince: number | null = null;
  private probing: Promise<boolean> | null = null;
  private lastProbe = { at: 0, ok: true };

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly log: Logger,
  ) {}

  get down(): boolean {
    return this.downSince !== null;
  }

  markDown(code: string): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.log.error({ event: 'neo4j_down', code }, 'Neo4j is unavailable');
  }

  markUp(): void {
    if (this.downSince === null) return;
    this.log.info({ event: 'neo4j_up', downMs: Date.now() - this.downSince }, 'Neo4j is back');
    this.downSince = null;
  }

  /** Does Neo4j answer now? One probe in flight at a time; marks the state either way. */
  probe(): Promise<boolean> {
    if (this.down && Date.now() - this.lastProbe.at < PROBE_INTERVAL_MS) {
      return Promise.resolve(this.lastProbe.ok);
    }
    this.probing ??= this.driver
      .verifyConnectivity({ database: this.database })
      .then(
        () => true,
        () => false,
      )
      .then((ok) => {
        this.lastProbe = { at: Date.now(), ok };
        this.probing = null;
        if (ok) this.markUp();
        else this.markDown('probe');
        return ok;
      });
    return this.probing;
  }
}
