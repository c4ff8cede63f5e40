import { spawnSync } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

describe('npm run serve:api', () => {
  it('says in one line that the port is taken, instead of a stack trace', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', () => resolve()));
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const r = spawnSync(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'scripts', 'serveApi.ts')], {
        cwd: root,
        encoding: 'utf8',
        timeout: 30_000,
        env: { ...process.env, PORT: String(port) },
      });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`Port ${port} is already in use (is the API already running?). Stop that process or choose another port: PORT=7072 npm run serve:api\n`);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  }, 40_000);
});
