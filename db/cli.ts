/** `npm run db:start | db:stop | db:status | db:backup [FILE] | db:restore FILE [-- --test]` — the local Neo4j. */
import { backup, restore } from './backup';
import { PROFILES, start, status, stop } from './local-neo4j';

const [command, ...rest] = process.argv.slice(2);
const opts = rest.includes('--test')
  ? PROFILES.test()
  : rest.includes('--bench')
    ? PROFILES.bench()
    : PROFILES.dev();

async function main(): Promise<number> {
  switch (command) {
    case 'start': {
      const { started, uri } = await start(opts);
      console.log(started ? `Neo4j started: ${uri}` : `Neo4j already running: ${uri}`);
      return 0;
    }
    case 'stop': {
      const stopped = await stop(opts);
      console.log(stopped ? 'Neo4j stopped' : 'Neo4j was not running');
      return 0;
    }
    case 'status': {
      const s = await status(opts);
      console.log(
        s.running ? `running (pid ${s.pid}) at ${s.uri}, data in ${s.home}` : `stopped (data in ${s.home})`,
      );
      return s.running ? 0 : 3;
    }
    case 'backup': {
      const file = await backup(
        opts,
        rest.find((a) => !a.startsWith('--')),
      );
      console.log(`backup written: ${file}`);
      return 0;
    }
    case 'restore': {
      const file = rest.find((a) => !a.startsWith('--'));
      if (!file) {
        console.error('usage: npm run db:restore -- FILE');
        return 2;
      }
      await restore(opts, file);
      console.log(`restored ${file}`);
      return 0;
    }
    default:
      console.error('usage: tsx db/cli.ts start|stop|status|backup [FILE]|restore FILE [--test|--bench]');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`error: ${(e as Error).message}`);
    process.exit(1);
  },
);
