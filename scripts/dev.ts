/**
 * `npm run dev`: the API (as `npm start`, without the built explorer) and Vite's dev server with hot
 * reload, which proxies /graphql to the API. Ctrl-C stops both.
 */
import { spawn, type ChildProcess } from 'node:child_process';

const children: ChildProcess[] = [
  spawn('npx', ['tsx', 'scripts/start.ts'], {
    stdio: 'inherit',
    env: { ...process.env, GUANXI_NO_WEB: '1' },
  }),
  spawn('npm', ['run', 'dev', '-w', 'web'], { stdio: 'inherit' }),
];

let stopping = false;
const stopAll = (code: number): void => {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  process.exitCode = code;
};
for (const c of children) c.once('exit', (code) => stopAll(code ?? 0));
process.once('SIGINT', () => stopAll(0));
process.once('SIGTERM', () => stopAll(0));
