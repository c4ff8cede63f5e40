import { errorLines, loadArmSchemas, type ArmSchemas } from './armSchemas';
import { at, loadTemplate, single, type ArmResource } from './infraFiles';

// infra/resources.json against Microsoft's published ARM schemas (../shared/azure-schemas), then its
// resources, API versions, names, parameters and outputs as written.

let schemas: ArmSchemas;
beforeAll(() => {
  schemas = loadArmSchemas();
});

/** Ajv's verdict on one resource: [] when valid, else the error lines. */
function problems(resource: ArmResource): string[] {
  const validate = schemas.resource(resource.type, resource.apiVersion);
  return validate(resource) ? [] : errorLines(validate.errors);
}

describe('infra/resources.json against the ARM schemas', () => {
  it('has the shape of a deployment template (resources stubbed to the common resource base)', () => {
    const template = loadTemplate();
    expect(template.$schema).toBe('https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#');
    expect([schemas.template(template), errorLines(schemas.template.errors)]).toEqual([true, []]);
  });

  it('validates every resource, children included, against <file>#/resourceDefinitions/<type>', () => {
    const verdicts = loadTemplate().resources.map((r) => [r.type, problems(r)]);
    expect(verdicts).toEqual(verdicts.map(([type]) => [type, []]));
  });

  it('uses exactly the API versions the handbook has schemas for', () => {
    const versions = Object.fromEntries(loadTemplate().resources.map((r) => [r.type, r.apiVersion]));
    expect(versions).toEqual({
      'Microsoft.OperationalInsights/workspaces': '2025-02-01',
      'Microsoft.Insights/components': '2020-02-02',
      'Microsoft.ManagedIdentity/userAssignedIdentities': '2023-01-31',
      'Microsoft.Storage/storageAccounts': '2025-06-01',
      'Microsoft.Storage/storageAccounts/blobServices': '2025-06-01',
      'Microsoft.Storage/storageAccounts/blobServices/containers': '2025-06-01',
      'Microsoft.Storage/storageAccounts/tableServices': '2025-06-01',
      'Microsoft.Storage/storageAccounts/tableServices/tables': '2025-06-01',
      'Microsoft.Authorization/roleAssignments': '2022-04-01',
      'Microsoft.Web/serverfarms': '2024-11-01',
      'Microsoft.Web/staticSites': '2024-11-01',
      'Microsoft.Web/sites': '2024-11-01',
    });
    expect(schemas.refs.get('Microsoft.Storage/storageAccounts/blobServices/containers@2025-06-01')).toBe(
      'https://schema.management.azure.com/schemas/2025-06-01/Microsoft.Storage.json#/resourceDefinitions/storageAccounts_blobServices_containers',
    );
  });

  it('rejects a storage account whose allowSharedKeyAccess is not a boolean, so the check has teeth', () => {
    const storage = single(loadTemplate(), 'Microsoft.Storage/storageAccounts');
    storage.properties!.allowSharedKeyAccess = 'no';
    expect(problems(storage)).not.toEqual([]);
  });

  it('rejects an unknown storage sku, a misspelt Flex runtime and a sku shaped as a string', () => {
    const template = loadTemplate();
    const storage = single(template, 'Microsoft.Storage/storageAccounts');
    storage.sku = { name: 'Standard_XYZ' };
    const site = single(template, 'Microsoft.Web/sites');
    (at(site.properties, 'functionAppConfig', 'runtime') as { name: string }).name = 'nodejs';
    const plan = single(template, 'Microsoft.Web/serverfarms');
    plan.sku = 'FC1' as unknown as ArmResource['sku'];
    expect([problems(storage).length > 0, problems(site).length > 0, problems(plan).length > 0]).toEqual([true, true, true]);
  });

  it('rejects a template with a key the template schema does not know', () => {
    const template = { ...loadTemplate(), resource: [] };
    expect(schemas.template(template)).toBe(false);
  });
});

describe('infra/resources.json as written', () => {
  it('declares the parameters azd passes through infra/main.bicep', () => {
    const { parameters } = loadTemplate();
    expect(parameters).toEqual({
      environmentName: expect.objectContaining({ type: 'string', minLength: 1, maxLength: 64 }),
      location: expect.objectContaining({ type: 'string', defaultValue: '[resourceGroup().location]' }),
      roundCreationKey: expect.objectContaining({ type: 'securestring', minLength: 32 }),
      staticWebAppLocation: expect.objectContaining({ type: 'string', defaultValue: 'westeurope' }),
      maximumInstanceCount: expect.objectContaining({ type: 'int', defaultValue: 40 }),
    });
  });

  it('names resources from one uniqueString token: st… is at most 24 lowercase characters', () => {
    const { variables } = loadTemplate();
    expect(variables.resourceToken).toBe("[toLower(uniqueString(subscription().id, resourceGroup().id, parameters('environmentName')))]");
    expect([variables.functionAppName, variables.storageAccountName, variables.staticWebAppName]).toEqual([
      "[format('func-{0}', variables('resourceToken'))]",
      "[format('st{0}', variables('resourceToken'))]",
      "[format('swa-{0}', variables('resourceToken'))]",
    ]);
    // uniqueString gives 13 characters (base-32: lowercase letters and digits), so 'st' + 13 = 15 ≤ 24.
  });

  it('tags every taggable resource with azd-env-name, the API and the pane with their azd service names', () => {
    const template = loadTemplate();
    const untaggable = ['Microsoft.Authorization/roleAssignments', 'Microsoft.Storage/storageAccounts/blobServices', 'Microsoft.Storage/storageAccounts/blobServices/containers', 'Microsoft.Storage/storageAccounts/tableServices', 'Microsoft.Storage/storageAccounts/tableServices/tables'];
    const tagged = template.resources.filter((r) => !untaggable.includes(r.type));
    expect(tagged.map((r) => r.tags?.['azd-env-name'])).toEqual(tagged.map(() => "[parameters('environmentName')]"));
    expect(tagged.filter((r) => r.tags?.['azd-service-name']).map((r) => [r.type, r.tags!['azd-service-name']])).toEqual([
      ['Microsoft.Web/staticSites', 'addin'],
      ['Microsoft.Web/sites', 'api'],
    ]);
  });

  it('runs the API on Flex Consumption: FC1, Linux, node 20, 2048 MB, the instance ceiling a parameter', () => {
    const template = loadTemplate();
    const plan = single(template, 'Microsoft.Web/serverfarms');
    expect([plan.sku, plan.properties]).toEqual([{ name: 'FC1', tier: 'FlexConsumption' }, { reserved: true }]);
    const site = single(template, 'Microsoft.Web/sites');
    expect(site.kind).toBe('functionapp,linux');
    expect(at(site.properties, 'functionAppConfig', 'runtime')).toEqual({ name: 'node', version: '20' });
    expect(at(site.properties, 'functionAppConfig', 'scaleAndConcurrency')).toEqual({ maximumInstanceCount: "[parameters('maximumInstanceCount')]", instanceMemoryMB: 2048 });
    expect(at(site.properties, 'functionAppConfig', 'deployment', 'storage', 'value')).toBe(
      "[format('{0}{1}', reference(resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName')), '2025-06-01').primaryEndpoints.blob, variables('deploymentContainerName'))]",
    );
  });

  it('keeps the app table and the deployment container in the account', () => {
    const template = loadTemplate();
    expect(template.variables.tableName).toBe('ilmastoyhteistyo');
    expect(single(template, 'Microsoft.Storage/storageAccounts/tableServices/tables').name).toBe("[variables('tablePath')]");
    expect(single(template, 'Microsoft.Storage/storageAccounts/blobServices/containers').name).toBe("[variables('deploymentContainerPath')]");
    expect(template.variables.deploymentContainerName).toBe("[format('app-package-{0}', variables('resourceToken'))]");
  });

  it('puts the pane on a Free Static Web App in its own location parameter', () => {
    const swa = single(loadTemplate(), 'Microsoft.Web/staticSites');
    expect([swa.location, swa.sku]).toEqual(["[parameters('staticWebAppLocation')]", { name: 'Free', tier: 'Free' }]);
  });

  it('outputs what the azd hooks and the build read', () => {
    expect(loadTemplate().outputs).toEqual({
      API_BASE: { type: 'string', value: "[format('https://{0}/api', reference(resourceId('Microsoft.Web/sites', variables('functionAppName')), '2024-11-01').defaultHostName)]" },
      PANE_ORIGIN: { type: 'string', value: "[format('https://{0}', reference(resourceId('Microsoft.Web/staticSites', variables('staticWebAppName')), '2024-11-01').defaultHostname)]" },
      AZURE_FUNCTION_APP_NAME: { type: 'string', value: "[variables('functionAppName')]" },
      AZURE_STATIC_WEB_APP_NAME: { type: 'string', value: "[variables('staticWebAppName')]" },
      AZURE_STORAGE_TABLE_URL: { type: 'string', value: "[reference(resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName')), '2025-06-01').primaryEndpoints.table]" },
      APPLICATIONINSIGHTS_NAME: { type: 'string', value: "[variables('appInsightsName')]" },
    });
  });
});
