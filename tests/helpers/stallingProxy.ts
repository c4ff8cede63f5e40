import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface StallingProxy {
  port: number;
  /** From now on, hold every connection's traffic (both ways) whose request matches `pattern`, or all traffic without one. */
  stall(pattern?: RegExp): void;
  /** Forwards everything held and stops holding. */
  release(): void;
  /** How many connections are held right now. */
  held(): number;
  close(): Promise<void>;
}

/**
 * A TCP proxy in front of a server (Azurite) that can stop forwarding, as a hung storage account
 * would: requests reach it and get no answer; on release the held bytes are delivered, so a write the
 * caller gave up on still lands later.
 */
export async function startStallingProxy(targetPort: number): Promise<StallingProxy> {
  let pattern: RegExp | undefined;
  let stalling = false;
  const holds = new Set<() => void>();
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, '127.0.0.1');
    let queue: Buffer[] | undefined;
    let clientClosed = false;
    const flush = () => {
      if (!queue) return;
      for (const b of queue) upstream.write(b);
      queue = undefined;
      holds.delete(flush);
      if (clientClosed) upstream.end();
    };
    client.on('data', (d: Buffer) => {
      if (!queue && stalling && (!pattern || pattern.test(d.toString('latin1')))) {
        queue = [];
        holds.add(flush);
      }
      if (queue) queue.push(d);
      else upstream.write(d);
    });
    upstream.on('data', (d: Buffer) => {
      if (!queue && !client.destroyed) client.write(d);
    });
    // A caller that gives up closes its side; what it sent still reaches the server on release.
    client.on('close', () => {
      clientClosed = true;
      if (!queue) upstream.end();
    });
    client.on('error', () => undefined);
    upstream.on('close', () => client.destroy());
    upstream.on('error', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    stall(p) {
      pattern = p;
      stalling = true;
    },
    release() {
      stalling = false;
      for (const f of [...holds]) f();
    },
    held: () => holds.size,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
