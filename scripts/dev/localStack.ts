import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import { startLocalHost } from '../../functions/localHost/startLocalHost';
import { startAzurite, type Azurite } from './azurite';

const root = path.resolve(__dirname, '../..');

export interface LocalStack {
  baseUrl: string;
  roundCreationKey: string;
  azurite: Azurite;
  server: http.Server;
  stop(): Promise<void>;
}

/**
 * The round-creation key of this checkout, kept in the git-ignored `.data/` (created on first use),
 * unless ROUND_CREATION_KEY is set.
 */
export function localRoundCreationKey(): string {
  if (process.env.ROUND_CREATION_KEY) return process.env.ROUND_CREATION_KEY;
  const file = path.join(root, '.data', 'round-creation-key');
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * Azurite (data under `.data/azurite`, or in memory) plus the local Functions host in this process.
 * `apiPort` 0 picks a free port.
 */
export async function startLocalStack(options: { apiPort: number; azuritePort?: number; inMemory?: boolean }): Promise<LocalStack> {
  const location = options.inMemory ? undefined : path.join(root, '.data', 'azurite');
  if (location) mkdirSync(location, { recursive: true });
  const azurite = await startAzurite(options.azuritePort, location);
  const roundCreationKey = localRoundCreationKey();
  process.env.STORAGE_CONNECTION_STRING = azurite.connectionString;
  process.env.ROUND_CREATION_KEY = roundCreationKey;
  const { server, baseUrl } = await startLocalHost(options.apiPort, {
    corsOrigins: (process.env.CORS_ORIGINS ?? 'https://localhost:3000').split(',').map((s) => s.trim()).filter(Boolean),
    log: (line) => process.stderr.write(`${line}\n`),
  });
  return {
    baseUrl,
    roundCreationKey,
    azurite,
    server,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await azurite.stop();
    },
  };
}
