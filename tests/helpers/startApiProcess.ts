import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { listeningUrl } from '../../scripts/dev/listeningUrl';

const root = path.resolve(__dirname, '../..');

/** Starts scripts/serveApi.ts in a real Node process on a free port; resolves with its base URL. */
export function startApiProcess(env: Record<string, string> = {}): Promise<{ child: ChildProcess; baseUrl: string; stop: () => Promise<void>; logs: () => string }> {
  const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'serveApi.ts')], {
    cwd: root,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return listeningUrl(child, 30_000, 'API', () => stderr).then((baseUrl) => ({ child, baseUrl, stop, logs: () => stderr }));
}
