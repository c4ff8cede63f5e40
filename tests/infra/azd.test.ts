import { existsSync } from 'node:fs';
import path from 'node:path';
import { at, loadAzureYaml, loadTemplate, readText, repoRoot } from './infraFiles';

// What azd reads besides the template: infra/main.bicep (checked by reading, as Bicep cannot be
// compiled here) and azure.yaml, and how they line up with infra/resources.json.

const bicep = () => readText('infra/main.bicep');

/** `param <name> <type>` declarations, in order. */
const bicepParams = (text: string) => [...text.matchAll(/^param (\w+) (\w+)/gm)].map((m) => [m[1]!, m[2]!]);

describe('infra/main.bicep, a thin wrapper', () => {
  it('targets the subscription and declares only the resource group', () => {
    const text = bicep();
    expect(text).toMatch(/^targetScope = 'subscription'$/m);
    expect([...text.matchAll(/^resource (\w+) '([^']+)'/gm)].map((m) => [m[1], m[2]])).toEqual([['rg', 'Microsoft.Resources/resourceGroups@2021-04-01']]);
    expect(text).toContain("  name: 'rg-${environmentName}'\n  location: location\n  tags: { 'azd-env-name': environmentName }\n");
  });

  it('deploys resources.json into the group as its one module', () => {
    const text = bicep();
    expect([...text.matchAll(/^module (\w+) '([^']+)'/gm)].map((m) => [m[1], m[2]])).toEqual([['resources', 'resources.json']]);
    expect(text).toContain("module resources 'resources.json' = {\n  name: 'resources'\n  scope: rg\n");
  });

  it('declares the template\'s parameters, the key secure, and passes each one through', () => {
    const text = bicep();
    const template = loadTemplate();
    const types: Record<string, string> = { string: 'string', securestring: 'string', int: 'int' };
    expect(bicepParams(text)).toEqual(Object.entries(template.parameters).map(([name, p]) => [name, types[p.type as string]]));
    expect(text).toMatch(/@secure\(\)\n@minLength\(32\)\n@description\([^\n]*\)\nparam roundCreationKey string\n/);
    expect(text).toContain("param staticWebAppLocation string = 'westeurope'\n");
    expect(text).toContain('param maximumInstanceCount int = 40\n');
    const passed = /params: \{\n([^}]*)\n {2}\}/.exec(text)?.[1]?.split('\n').map((l) => l.trim());
    expect(passed).toEqual(Object.keys(template.parameters).map((name) => `${name}: ${name}`));
  });

  it('allows the same Static Web Apps regions as the template', () => {
    const allowed = /@allowed\(\[\n([^\]]*)\n\]\)\n@description\([^\n]*\)\nparam staticWebAppLocation/.exec(bicep())?.[1];
    expect(allowed?.split('\n').map((l) => l.trim().replace(/'/g, ''))).toEqual(loadTemplate().parameters.staticWebAppLocation!.allowedValues);
  });

  it('forwards every output of resources.json under the same name', () => {
    const outputs = [...bicep().matchAll(/^output (\w+) string = (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(outputs).toEqual([
      ['AZURE_LOCATION', 'location'],
      ['AZURE_RESOURCE_GROUP', 'rg.name'],
      ...Object.keys(loadTemplate().outputs).map((name) => [name, `resources.outputs.${name}`]),
    ]);
  });
});

describe('azure.yaml', () => {
  it('names the project and points at infra/main.bicep', () => {
    const yaml = loadAzureYaml();
    expect([yaml.name, yaml.infra]).toEqual(['ilmastoyhteistyo', { provider: 'bicep', path: 'infra', module: 'main' }]);
    expect(existsSync(path.join(repoRoot, 'infra', 'main.bicep'))).toBe(true);
  });

  it('has the two services the template tags with azd-service-name, on the matching resource types', () => {
    const services = at(loadAzureYaml(), 'services') as Record<string, { host: string }>;
    const hostTypes: Record<string, string> = { function: 'Microsoft.Web/sites', staticwebapp: 'Microsoft.Web/staticSites' };
    const tagged = loadTemplate()
      .resources.filter((r) => r.tags?.['azd-service-name'])
      .map((r) => [r.tags!['azd-service-name'], r.type]);
    expect(Object.entries(services).map(([name, s]) => [name, hostTypes[s.host]])).toEqual([
      ['api', 'Microsoft.Web/sites'],
      ['addin', 'Microsoft.Web/staticSites'],
    ]);
    expect(tagged.sort()).toEqual([
      ['addin', 'Microsoft.Web/staticSites'],
      ['api', 'Microsoft.Web/sites'],
    ]);
  });

  it('deploys the unpacked API package as it is, packaged by npm run package:api', () => {
    const posix = { shell: 'sh', run: 'npm run package:api' };
    expect(at(loadAzureYaml(), 'services', 'api')).toEqual({
      project: '.',
      language: 'js',
      host: 'function',
      dist: 'dist/api-package',
      remoteBuild: false,
      hooks: { prepackage: { posix, windows: { shell: 'pwsh', run: posix.run } } },
    });
  });

  it('builds the pane right before deploying it, when the provision outputs are in the environment', () => {
    const posix = { shell: 'sh', run: 'npm run build -- --production' };
    expect(at(loadAzureYaml(), 'services', 'addin')).toEqual({
      project: '.',
      language: 'js',
      host: 'staticwebapp',
      dist: 'dist/addin',
      hooks: { predeploy: { posix, windows: { shell: 'pwsh', run: posix.run } } },
    });
  });

  it('declares no project-level hooks (no postprovision or postdeploy step is needed)', () => {
    expect(Object.keys(loadAzureYaml()).sort()).toEqual(['infra', 'name', 'services']);
  });
});
