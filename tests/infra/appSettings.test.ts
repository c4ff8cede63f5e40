import { TABLE_NAME } from '../../functions/storage/createRoundStore';
import { appSettings, CLIENT_ID, filesUnder, loadTemplate, PANE_ORIGIN, readText } from './infraFiles';

// Cross-check: every environment variable the deployed code reads is set in the function app's app
// settings. The deployed code is functions/ and shared/, without functions/localHost/ (the local dev host).

/**
 * Variables the code reads that Azure must NOT set, each with its reason. Setting one would be a bug,
 * so the test also checks they are absent.
 */
const LOCAL_ONLY: Record<string, string> = {
  // Azurite only: in Azure the app reaches tables with its managed identity (STORAGE_TABLE_URL); a
  // connection string would carry the account key that the storage account refuses.
  STORAGE_CONNECTION_STRING: 'Azurite (local) only',
};

/** Names read as process.env.X, env.X, env?.X, env['X'] or const { X } = process.env. */
function envReads(source: string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/\b(?:process\.env|env)(?:\?\.|\.)([A-Z][A-Za-z0-9_]*)\b/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\b(?:process\.env|env)(?:\?\.)?\[\s*['"`]([A-Za-z_][A-Za-z0-9_]*)['"`]\s*\]/g)) names.add(m[1]!);
  for (const m of source.matchAll(/\{([^{}]*)\}\s*=\s*(?:process\.)?env\b/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part.split(':')[0]!.split('=')[0]!.trim();
      if (/^[A-Z][A-Za-z0-9_]*$/.test(name)) names.add(name);
    }
  }
  return [...names].sort();
}

const deployedSources = () =>
  [...filesUnder('functions'), ...filesUnder('shared')].filter((f) => f.endsWith('.ts') && !f.startsWith('functions/localHost/'));

function readsByVariable(): Map<string, string[]> {
  const reads = new Map<string, string[]>();
  for (const file of deployedSources()) {
    for (const name of envReads(readText(file))) reads.set(name, [...(reads.get(name) ?? []), file]);
  }
  return reads;
}

describe('app settings cover what the deployed code reads', () => {
  it('finds the reads in every form the code uses', () => {
    const source = "a = process.env.ONE; b = env.TWO ?? env?.THREE; c = env['FOUR']; const { FIVE, SIX: six } = process.env; env.split(',')";
    expect(envReads(source)).toEqual(['FIVE', 'FOUR', 'ONE', 'SIX', 'THREE', 'TWO']);
  });

  it('scans the deployed code and finds the variables known to be read', () => {
    expect(deployedSources().some((f) => f.startsWith('functions/localHost/'))).toBe(false);
    expect([...readsByVariable().keys()]).toEqual(
      expect.arrayContaining(['CORS_ORIGINS', 'PANE_ORIGIN', 'ROUND_CREATION_KEY', 'STORAGE_CONNECTION_STRING', 'STORAGE_TABLE_NAME', 'STORAGE_TABLE_URL']),
    );
  });

  it('sets every variable the deployed code reads, except the local-only ones', () => {
    const settings = appSettings(loadTemplate());
    const missing = [...readsByVariable()].filter(([name]) => !settings.has(name) && !(name in LOCAL_ONLY)).map(([name, files]) => `${name} (${files.join(', ')})`);
    expect(missing).toEqual([]);
    expect(Object.keys(LOCAL_ONLY).filter((name) => settings.has(name))).toEqual([]);
  });

  it('sets exactly these app settings, once each', () => {
    const template = loadTemplate();
    const settings = appSettings(template);
    const storage = "reference(resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName')), '2025-06-01')";
    expect(Object.fromEntries(settings)).toEqual({
      AzureWebJobsStorage__accountName: "[variables('storageAccountName')]",
      AzureWebJobsStorage__credential: 'managedidentity',
      AzureWebJobsStorage__clientId: `[${CLIENT_ID}]`,
      AZURE_CLIENT_ID: `[${CLIENT_ID}]`,
      STORAGE_TABLE_URL: `[${storage}.primaryEndpoints.table]`,
      STORAGE_TABLE_NAME: "[variables('tableName')]",
      ROUND_CREATION_KEY: "[parameters('roundCreationKey')]",
      CORS_ORIGINS: PANE_ORIGIN,
      PANE_ORIGIN,
      APPLICATIONINSIGHTS_CONNECTION_STRING: "[reference(resourceId('Microsoft.Insights/components', variables('appInsightsName')), '2020-02-02').ConnectionString]",
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: `[format('Authorization=AAD;ClientId={0}', ${CLIENT_ID})]`,
    });
    const names = (template.resources.find((r) => r.type === 'Microsoft.Web/sites')!.properties!.siteConfig as { appSettings: { name: string }[] }).appSettings.map((s) => s.name);
    expect(names.length).toBe(settings.size);
  });

  it('names the table the code defaults to', () => {
    expect([loadTemplate().variables.tableName, TABLE_NAME]).toEqual(['ilmastoyhteistyo', 'ilmastoyhteistyo']);
  });

  it('leaves out the settings Flex Consumption sets itself or rejects, and any plain AzureWebJobsStorage', () => {
    const settings = appSettings(loadTemplate());
    const forbidden = ['FUNCTIONS_WORKER_RUNTIME', 'FUNCTIONS_EXTENSION_VERSION', 'WEBSITE_NODE_DEFAULT_VERSION', 'WEBSITE_RUN_FROM_PACKAGE', 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', 'AzureWebJobsStorage'];
    expect(forbidden.filter((name) => settings.has(name))).toEqual([]);
  });
});
