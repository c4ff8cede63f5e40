import { at, COMPONENT_ID, filesUnder, IDENTITY_ID, loadTemplate, ofType, PANE_ORIGIN, PRINCIPAL_ID, readText, single, STORAGE_ID } from './infraFiles';

// The security properties of infra/resources.json, asserted literally: no shared keys anywhere, https
// and TLS 1.2 only, CORS for the pane alone, one user-assigned identity with exactly three data roles.

const ROLE = {
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3',
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb',
};

describe('infra/resources.json security', () => {
  it('makes the storage account refuse shared keys, plain http, old TLS and anonymous blob reads', () => {
    const storage = single(loadTemplate(), 'Microsoft.Storage/storageAccounts');
    expect([storage.kind, storage.sku]).toEqual(['StorageV2', { name: 'Standard_LRS' }]);
    expect(storage.properties).toEqual(
      expect.objectContaining({
        allowSharedKeyAccess: false,
        defaultToOAuthAuthentication: true,
        minimumTlsVersion: 'TLS1_2',
        supportsHttpsTrafficOnly: true,
        allowBlobPublicAccess: false,
      }),
    );
    expect(single(loadTemplate(), 'Microsoft.Storage/storageAccounts/blobServices/containers').properties).toEqual({ publicAccess: 'None' });
  });

  it('serves the function app over https with TLS 1.2, no FTP, no basic-auth publishing, HTTP/2', () => {
    const site = single(loadTemplate(), 'Microsoft.Web/sites');
    expect(site.properties?.httpsOnly).toBe(true);
    const siteConfig = at(site.properties, 'siteConfig');
    expect([at(siteConfig, 'minTlsVersion'), at(siteConfig, 'scmMinTlsVersion'), at(siteConfig, 'ftpsState'), at(siteConfig, 'http20Enabled')]).toEqual(['1.2', '1.2', 'Disabled', true]);
    expect(site.resources?.map((r) => [r.type, r.name, r.properties])).toEqual([
      ['basicPublishingCredentialsPolicies', 'ftp', { allow: false }],
      ['basicPublishingCredentialsPolicies', 'scm', { allow: false }],
    ]);
  });

  it('allows CORS from the pane\'s https origin only, without credentials', () => {
    const site = single(loadTemplate(), 'Microsoft.Web/sites');
    expect(at(site.properties, 'siteConfig', 'cors')).toEqual({ allowedOrigins: [PANE_ORIGIN], supportCredentials: false });
  });

  it('runs the app as the user-assigned identity, which also reads the deployment package', () => {
    const template = loadTemplate();
    const site = single(template, 'Microsoft.Web/sites');
    expect(site.identity).toEqual({ type: 'UserAssigned', userAssignedIdentities: { [`[${IDENTITY_ID}]`]: {} } });
    expect(at(site.properties, 'functionAppConfig', 'deployment', 'storage', 'authentication')).toEqual({ type: 'UserAssignedIdentity', userAssignedIdentityResourceId: `[${IDENTITY_ID}]` });
    expect(at(site.properties, 'functionAppConfig', 'deployment', 'storage', 'type')).toBe('blobContainer');
  });

  it('sends telemetry with Entra auth only: App Insights and its workspace disable local auth', () => {
    const template = loadTemplate();
    const component = single(template, 'Microsoft.Insights/components');
    expect(component.properties).toEqual({
      Application_Type: 'web',
      WorkspaceResourceId: "[resourceId('Microsoft.OperationalInsights/workspaces', variables('logAnalyticsName'))]",
      IngestionMode: 'LogAnalytics',
      DisableLocalAuth: true,
    });
    expect(at(single(template, 'Microsoft.OperationalInsights/workspaces').properties, 'features', 'disableLocalAuth')).toBe(true);
  });

  it('grants the identity exactly three data roles, by built-in GUID, with deterministic names', () => {
    const template = loadTemplate();
    expect(template.variables.roles).toEqual(ROLE);
    const assignments = ofType(template, 'Microsoft.Authorization/roleAssignments').map((r) => ({
      scope: r.scope,
      name: r.name,
      role: r.properties?.roleDefinitionId,
      principalId: r.properties?.principalId,
      principalType: r.properties?.principalType,
    }));
    const role = (key: keyof typeof ROLE) => `[subscriptionResourceId('Microsoft.Authorization/roleDefinitions', variables('roles').${key})]`;
    const name = (scopeId: string, key: keyof typeof ROLE) => `[guid(${scopeId}, ${IDENTITY_ID}, variables('roles').${key})]`;
    const onStorage = "[format('Microsoft.Storage/storageAccounts/{0}', variables('storageAccountName'))]";
    expect(assignments).toEqual([
      { scope: onStorage, name: name(STORAGE_ID, 'storageTableDataContributor'), role: role('storageTableDataContributor'), principalId: PRINCIPAL_ID, principalType: 'ServicePrincipal' },
      { scope: onStorage, name: name(STORAGE_ID, 'storageBlobDataOwner'), role: role('storageBlobDataOwner'), principalId: PRINCIPAL_ID, principalType: 'ServicePrincipal' },
      {
        scope: "[format('Microsoft.Insights/components/{0}', variables('appInsightsName'))]",
        name: name(COMPONENT_ID, 'monitoringMetricsPublisher'),
        role: role('monitoringMetricsPublisher'),
        principalId: PRINCIPAL_ID,
        principalType: 'ServicePrincipal',
      },
    ]);
  });

  it('says why the blob role is Owner rather than Contributor', () => {
    const owner = ofType(loadTemplate(), 'Microsoft.Authorization/roleAssignments').find((r) => r.name.includes('storageBlobDataOwner'));
    expect(owner?.comments).toMatch(/^Storage Blob Data Owner, not Contributor: the Functions host's identity-based AzureWebJobsStorage connection/);
  });

  it('makes the function app wait for its roles, so the host never starts without its storage access', () => {
    const dependsOn = single(loadTemplate(), 'Microsoft.Web/sites').dependsOn ?? [];
    expect(dependsOn.filter((d) => d.includes("'Microsoft.Authorization/roleAssignments'"))).toHaveLength(3);
  });
});

describe('no secrets in the deployment files', () => {
  const files = [...filesUnder('infra'), 'azure.yaml'];

  it('never asks for or writes a storage key, SAS or storage connection string', () => {
    expect(files).toEqual(expect.arrayContaining(['infra/main.bicep', 'infra/main.parameters.json', 'infra/resources.json', 'azure.yaml']));
    const found = files.flatMap((file) => {
      // The one connection string allowed: App Insights' (an ingestion address, not a credential; local auth is off).
      const text = readText(file).replaceAll('APPLICATIONINSIGHTS_CONNECTION_STRING', '').replaceAll("'2020-02-02').ConnectionString", '');
      const hits = text.match(/listKeys|listAccountSas|listServiceSas|AccountKey|DefaultEndpointsProtocol|SharedAccessSignature|connection.?string/gi) ?? [];
      return hits.map((hit) => `${file}: ${hit}`);
    });
    expect(found).toEqual([]);
  });

  it('takes roundCreationKey as a secure parameter with no default, used once and never output', () => {
    const template = loadTemplate();
    expect(template.parameters.roundCreationKey).toEqual({ type: 'securestring', minLength: 32, metadata: expect.any(Object) });
    expect(readText('infra/resources.json').match(/parameters\('roundCreationKey'\)/g)).toEqual(["parameters('roundCreationKey')"]);
    expect(JSON.stringify(template.outputs)).not.toContain('roundCreationKey');
  });

  it('reads every main.parameters.json value from the azd environment, the key included', () => {
    const { parameters } = JSON.parse(readText('infra/main.parameters.json')) as { parameters: Record<string, { value: string }> };
    expect(parameters).toEqual({
      environmentName: { value: '${AZURE_ENV_NAME}' },
      location: { value: '${AZURE_LOCATION}' },
      roundCreationKey: { value: '${ROUND_CREATION_KEY}' },
    });
  });
});
