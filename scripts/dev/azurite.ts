import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
/** Azurite's well-known development account (public, documented; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export const azuriteConnectionString = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};TableEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`;

function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`Azurite did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export interface Azurite {
  port: number;
  connectionString: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Starts azurite-table on `port` (a free one by default) as a child process: in memory, or with its
 * data in `location` so that a restart keeps what was written.
 */
export async function startAzurite(port?: number, location?: string): Promise<Azurite> {
  const p = port ?? (await freePort());
  const persistence = location ? ['--location', location] : ['--inMemoryPersistence'];
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'azurite-table'),
    [...persistence, '--tableHost', '127.0.0.1', '--tablePort', String(p), '--silent', '--skipApiVersionCheck', '--disableTelemetry'],
    { stdio: 'ignore' },
  );
  await waitForPort(p, 20_000);
  return {
    port: p,
    connectionString: azuriteConnectionString(p),
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        // SIGINT: Azurite closes its database cleanly (a SIGTERM can lose the last writes).
        child.kill('SIGINT');
      }),
  };
}
