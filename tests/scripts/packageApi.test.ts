/**
 * What ships is what was tested: `npm run package:api` (scripts/packageApi.ts) is built into a temp
 * folder, its api.zip unpacked with jszip into a new empty folder under os.tmpdir() (outside the
 * repo, so app.js can resolve no package from the repo's node_modules), and that folder's app.js is
 * served by the local host in its own process (scripts/serveApi.ts with API_MAIN), on Azurite. The
 * host logs the file it loaded; an import is read by the package's own readXlsxWorker.js (without it
 * the same import fails, naming that file, where code from functions/ would start its .ts worker).
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { participantXlsx } from '../../functions/xlsx/writeXlsx';
import { XLSX_TYPE } from '../../functions/xlsx/xlsxResponse';
import { startAzurite, type Azurite } from '../../scripts/dev/azurite';
import { packageApi, type ApiPackage } from '../../scripts/packageApi';
import { makeSubmission } from '../helpers/makeSubmission';
import { startApiProcess } from '../helpers/startApiProcess';
import { apiCaller } from '../helpers/visitRound';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
const CREATION_KEY = 'package-api-creation-key-0123456789abcdef';

let built: ApiPackage;
let entries: string[];
let unpacked: string;
let azurite: Azurite | undefined;
let api: Awaited<ReturnType<typeof startApiProcess>> | undefined;
const temps: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

beforeAll(async () => {
  built = await packageApi({ outDir: tempDir('api-package-') });
  const zip = await JSZip.loadAsync(readFileSync(built.zipPath));
  entries = Object.keys(zip.files);
  unpacked = tempDir('api-unpacked-');
  for (const name of entries) writeFileSync(path.join(unpacked, name), await zip.file(name)!.async('nodebuffer'));
  azurite = await startAzurite();
  api = await startApiProcess({ API_MAIN: path.join(unpacked, 'app.js'), STORAGE_CONNECTION_STRING: azurite.connectionString, ROUND_CREATION_KEY: CREATION_KEY });
});
afterAll(async () => {
  await api?.stop();
  await azurite?.stop();
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package:api', () => {
  it('zips host.json, package.json, the two bundles and their shared chunks at the root, deflated', () => {
    expect(entries.slice(0, 4)).toEqual(['host.json', 'package.json', 'app.js', 'readXlsxWorker.js']);
    const chunks = entries.slice(4);
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks.filter((name) => !/^chunk-[A-Z0-9]{8}\.js$/.test(name))).toEqual([]);
    expect(chunks).toEqual([...chunks].sort());
    expect(readFileSync(path.join(unpacked, 'host.json'), 'utf8')).toBe(readFileSync(path.join(root, 'host.json'), 'utf8'));
    const unpackedBytes = entries.reduce((sum, name) => sum + readFileSync(path.join(unpacked, name)).byteLength, 0);
    expect(built.zipBytes).toBeLessThan(unpackedBytes / 2);
    expect(path.relative(root, unpacked).startsWith('..')).toBe(true);
  });

  it('leaves exactly those files in the staging folder azd deploys, the source maps beside it', () => {
    expect(readdirSync(built.stagingDir).sort()).toEqual([...entries].sort());
    const maps = readdirSync(path.join(path.dirname(built.stagingDir), 'api-sourcemaps')).sort();
    expect(maps).toEqual(entries.filter((name) => name.endsWith('.js')).map((name) => `${name}.map`).sort());
  });

  it('starts with @azure/functions and the route table only: every handler, with storage, zod, ExcelJS, @azure/identity and the OpenAPI builder, is in chunks loaded on first use', () => {
    const lazy = ['@azure/data-tables', 'zod', 'exceljs', 'jszip', '@azure/identity', '@azure/msal-node', 'zod-openapi'];
    expect(built.startup.files[0]).toBe('app.js');
    expect(built.startup.packages).toEqual(['@azure/functions', '@azure/functions-extensions-base', 'cookie']);
    // The lazy packages are in the package all the same, in files start-up does not load.
    const mapsDir = path.join(path.dirname(built.stagingDir), 'api-sourcemaps');
    const sourcesOf = (file: string): string[] => JSON.parse(readFileSync(path.join(mapsDir, `${file}.map`), 'utf8')).sources;
    const later = entries.filter((name) => name.endsWith('.js') && !built.startup.files.includes(name));
    const laterSources = later.flatMap(sourcesOf).join('\n');
    expect(lazy.filter((pkg) => !laterSources.includes(`node_modules/${pkg}/`))).toEqual([]);
    expect(built.startup.files.flatMap(sourcesOf).filter((source) => lazy.some((pkg) => source.includes(`node_modules/${pkg}/`)))).toEqual([]);
  });

  it('has a package.json whose main is app.js and that installs nothing', () => {
    const pkg = JSON.parse(readFileSync(path.join(unpacked, 'package.json'), 'utf8'));
    const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg).toEqual({
      name: 'ilmastoyhteistyo-api',
      version,
      private: true,
      description: 'The Azure Functions app, bundled: app.js, readXlsxWorker.js and their chunks hold every runtime dependency, so there are no dependencies to install.',
      main: 'app.js',
      type: 'module',
      engines: { node: '20' },
    });
  });
});

describe('the unpacked package, served by the local host', () => {
  let roundId: string;
  let participant: { participantId: string; inviteToken: string };
  const importRoute = () => `${api!.baseUrl}/rounds/${roundId}/submissions/${participant.participantId}/import`;
  const importFile = async (bytes: Buffer) => {
    const res = await fetch(importRoute(), {
      method: 'POST',
      headers: { authorization: `Bearer ${participant.inviteToken}`, 'content-type': XLSX_TYPE, 'accept-language': 'en' },
      body: new Uint8Array(bytes),
    });
    return { status: res.status, body: await res.json() };
  };

  it('is loaded from the unpacked app.js', () => {
    expect(api!.logs()).toContain(`app ${path.join(unpacked, 'app.js')}\n`);
  });

  it('answers GET /api/health with storage reachable', async () => {
    const res = await apiCaller(api!.baseUrl)('GET', 'health', undefined);
    expect([res.status, res.body]).toEqual([200, { status: 'ok', storage: 'ok' }]);
  });

  it('creates a round with the creation key', async () => {
    const res = await apiCaller(api!.baseUrl)('POST', 'rounds', CREATION_KEY, {
      name: 'Pakettikierros',
      participantKind: 'municipalities',
      participants: [{ name: 'Testikunta' }],
    });
    expect(res.status).toBe(201);
    roundId = res.body.roundId;
    participant = res.body.participants[0];
    expect(participant.participantId).toBe('testikunta');
  });

  it('serves the participant’s template, and reads it back in the package’s worker: unfilled → 422 naming cells', async () => {
    const template = await fetch(`${api!.baseUrl}/rounds/${roundId}/template.xlsx`, { headers: { authorization: `Bearer ${participant.inviteToken}` } });
    expect([template.status, template.headers.get('content-type')]).toEqual([200, XLSX_TYPE]);
    const res = await importFile(Buffer.from(await template.arrayBuffer()));
    // Each error names its sheet and cell: the worker read the workbook (the round code and name are prefilled).
    expect([res.status, res.body.errors.map((e: { cell: string }) => e.cell)]).toEqual([422, ['B6', 'B11', 'B12', 'B13', 'B14', 'B15', 'B16', 'B17', 'B18', 'B19', 'B20']]);
    expect(res.body.errors[0]).toEqual({ path: ['participant', 'kind'], code: 'required', message: 'Profiili!B6: “Participant type” is required.', sheet: 'Profiili', cell: 'B6' });
  });

  it('imports a filled template as the participant’s first version (201)', async () => {
    const filled = await participantXlsx('en', { submission: makeSubmission({ roundId }) });
    const res = await importFile(filled);
    expect([res.status, res.body.version]).toEqual([201, 1]);
  });

  it('reads imports with the unpacked readXlsxWorker.js: without it the same import fails, naming that file', async () => {
    const worker = path.join(unpacked, 'readXlsxWorker.js');
    renameSync(worker, `${worker}.away`);
    try {
      const res = await importFile(await participantXlsx('en', { submission: makeSubmission({ roundId }) }));
      expect(res.status).toBe(500);
      expect(api!.logs()).toContain(`unhandled error in submission-import-post: Error: Cannot find module '${worker}'`);
    } finally {
      renameSync(`${worker}.away`, worker);
    }
  });
});
