import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import path from 'node:path';

// Reads the deployment files the infra tests check: infra/resources.json (the ARM template),
// infra/main.bicep, infra/main.parameters.json and azure.yaml, plus small lookups into the template.

export const repoRoot = path.resolve(__dirname, '../..');
export const infraDir = path.join(repoRoot, 'infra');

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** One resource of the template, as written (expressions are strings). */
export interface ArmResource {
  type: string;
  apiVersion: string;
  name: string;
  location?: string;
  kind?: string;
  scope?: string;
  comments?: string;
  tags?: Record<string, string>;
  sku?: JsonObject;
  identity?: JsonObject;
  properties?: JsonObject;
  resources?: ArmResource[];
  dependsOn?: string[];
}

export interface ArmTemplate {
  $schema: string;
  parameters: Record<string, JsonObject>;
  variables: JsonObject;
  resources: ArmResource[];
  outputs: Record<string, { type: string; value: string }>;
}

export const readText = (relative: string): string => readFileSync(path.join(repoRoot, relative), 'utf8');

/** A fresh copy each call, so a test may mutate what it gets. */
export const loadTemplate = (): ArmTemplate => JSON.parse(readText('infra/resources.json')) as ArmTemplate;

/** Parses azure.yaml with js-yaml. */
export function loadAzureYaml(): JsonObject {
  return load(readText('azure.yaml')) as JsonObject;
}

/** The single resource of a type (fails the test when there are none or several). */
export function single(template: ArmTemplate, type: string): ArmResource {
  const found = template.resources.filter((r) => r.type === type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
}

export const ofType = (template: ArmTemplate, type: string): ArmResource[] => template.resources.filter((r) => r.type === type);

/** A nested object by its keys (undefined when a step is missing or not an object). */
export function at(value: Json | undefined, ...keys: string[]): Json | undefined {
  let current: Json | undefined = value;
  for (const key of keys) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** The function app's app settings (siteConfig.appSettings) as name → value. */
export function appSettings(template: ArmTemplate): Map<string, string> {
  const list = at(single(template, 'Microsoft.Web/sites').properties, 'siteConfig', 'appSettings') as { name: string; value: string }[];
  return new Map(list.map((s) => [s.name, s.value]));
}

/** Every file under a folder, recursively, as paths relative to the repository root. */
export function filesUnder(relativeDir: string): string[] {
  return readdirSync(path.join(repoRoot, relativeDir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(repoRoot, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

// Expressions the tests expect literally: the template spells each the same way everywhere.
export const IDENTITY_ID = "resourceId('Microsoft.ManagedIdentity/userAssignedIdentities', variables('identityName'))";
export const STORAGE_ID = "resourceId('Microsoft.Storage/storageAccounts', variables('storageAccountName'))";
export const COMPONENT_ID = "resourceId('Microsoft.Insights/components', variables('appInsightsName'))";
export const CLIENT_ID = `reference(${IDENTITY_ID}, '2023-01-31').clientId`;
export const PRINCIPAL_ID = `[reference(${IDENTITY_ID}, '2023-01-31').principalId]`;
export const PANE_ORIGIN = "[format('https://{0}', reference(resourceId('Microsoft.Web/staticSites', variables('staticWebAppName')), '2024-11-01').defaultHostname)]";
