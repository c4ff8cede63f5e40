// `npm start`: Azurite + the API on :7071 and the task pane over https on :3000, with a locally
// generated certificate (kept in .data/certs). Prints how to sideload. Ctrl-C stops everything.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import selfsigned from 'selfsigned';
import { buildAddin } from './buildAddin';
import { startLocalStack } from './dev/localStack';
import { startPaneServer } from './dev/paneServer';
import { runMain, stopOnSignal } from './dev/processLife';

const root = path.resolve(__dirname, '..');

async function certificate(): Promise<{ key: string; cert: string }> {
  const dir = path.join(root, '.data', 'certs');
  const keyFile = path.join(dir, 'localhost.key');
  const certFile = path.join(dir, 'localhost.crt');
  if (!existsSync(keyFile)) {
    mkdirSync(dir, { recursive: true });
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keySize: 2048,
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
    });
    writeFileSync(keyFile, pems.private, { mode: 0o600 });
    writeFileSync(certFile, pems.cert);
  }
  return { key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
}

async function main(): Promise<void> {
  const panePort = Number(process.env.PANE_PORT ?? 3000);
  process.env.CORS_ORIGINS ??= `https://localhost:${panePort}`;
  const stack = await startLocalStack({ apiPort: Number(process.env.PORT ?? 7071), azuritePort: Number(process.env.AZURITE_TABLE_PORT ?? 10002) });
  // The pane is built to call http://localhost:PORT/api; its CSP allows exactly that origin.
  const apiOrigin = `http://localhost:${new URL(stack.baseUrl).port}`;
  await buildAddin({ dev: true, office: 'local', apiBase: `${apiOrigin}/api` });
  const tls = await certificate();
  const pane = await startPaneServer({ port: panePort, tls, apiOrigin });
  process.stdout.write(
    [
      `Task pane: ${pane.origin}/taskpane.html`,
      `API:       ${stack.baseUrl}   (storage: Azurite, data in .data/azurite)`,
      '',
      'Sideload into Excel:',
      '  1. Trust the certificate once: open the task pane URL in your browser and accept it,',
      '     or import .data/certs/localhost.crt into your trusted root certificates.',
      '  2. Excel desktop (Windows): File > Options > Trust Center > Trusted Add-in Catalogs, add a shared',
      '     folder holding manifest.xml; then Insert > My Add-ins > Shared Folder > Ilmastoyhteistyö.',
      '  3. Excel on the web: Insert > Add-ins > My Add-ins > Upload My Add-in > manifest.xml.',
      '  The ribbon button "Avaa ilmastoyhteistyö" on the Home tab opens the pane.',
      'Ctrl-C stops the pane, the API and Azurite.',
      '',
    ].join('\n'),
  );
  stopOnSignal(async () => {
    pane.server.close();
    await stack.stop();
  });
}

runMain(main);
