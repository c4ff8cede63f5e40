import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { AnySchemaObject, ErrorObject, ValidateFunction } from 'ajv';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { repoRoot } from './infraFiles';

// Microsoft's ARM template schemas (draft-04) from the handbook, ../shared/azure-schemas (see its
// README): every file is added to one Ajv under its own `id` (https://schema.management.azure.com/
// schemas/...), so their cross-file $refs resolve offline. A resource is validated against
// `<file>#/resourceDefinitions/<type>`; the template's shape against deploymentTemplate.json with its
// list of every provider's resources stubbed to the common resource base.

export const schemaDir = path.resolve(repoRoot, '../shared/azure-schemas');

const PROVIDER_FILES = [
  '2025-02-01/Microsoft.OperationalInsights.json',
  '2020-02-02/Microsoft.Insights.Application.json',
  '2023-01-31/Microsoft.ManagedIdentity.json',
  '2025-06-01/Microsoft.Storage.json',
  '2022-04-01/Microsoft.Authorization.json',
  '2024-11-01/Microsoft.Web.json',
];

type SchemaFile = AnySchemaObject & { id: string; resourceDefinitions?: Record<string, AnySchemaObject>; definitions?: Record<string, AnySchemaObject> };

const readSchema = (relative: string): SchemaFile => JSON.parse(readFileSync(path.join(schemaDir, relative), 'utf8')) as SchemaFile;
const baseId = (schema: SchemaFile) => schema.id.replace(/#$/, '');
const enumOf = (definition: AnySchemaObject, key: string): string | undefined => (definition.properties?.[key]?.enum as string[] | undefined)?.[0];

export interface ArmSchemas {
  /** The $ref of a resource type at an API version (`<file id>#/resourceDefinitions/<key>`), from the schemas' own type and apiVersion enums. */
  refs: Map<string, string>;
  /** The compiled validator of a resource type at an API version (compiled once, then reused). */
  resource(type: string, apiVersion: string): ValidateFunction;
  /** The template's shape: deploymentTemplate.json, each resource checked only against the common resource base. */
  template: ValidateFunction;
}

/** Loads and indexes the schemas; compiles lazily, once per resource type. */
export function loadArmSchemas(): ArmSchemas {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(readSchema('common/definitions.json'));

  const refs = new Map<string, string>();
  for (const file of PROVIDER_FILES) {
    const schema = readSchema(file);
    ajv.addSchema(schema);
    for (const [key, definition] of Object.entries(schema.resourceDefinitions ?? {})) {
      const type = enumOf(definition, 'type');
      const apiVersion = enumOf(definition, 'apiVersion');
      if (type && apiVersion) refs.set(`${type}@${apiVersion}`, `${baseId(schema)}#/resourceDefinitions/${key}`);
    }
  }

  const deploymentTemplate = readSchema('2019-04-01/deploymentTemplate.json');
  // The stub: deploymentTemplate.json's `resource` is a oneOf over every provider's schemas (files not
  // in the handbook); each resource is validated against its own definition instead.
  deploymentTemplate.definitions!.resource = { $ref: '#/definitions/resourceBase' };
  ajv.addSchema(deploymentTemplate);

  const compiled = new Map<string, ValidateFunction>();
  return {
    refs,
    resource(type, apiVersion) {
      const ref = refs.get(`${type}@${apiVersion}`);
      if (!ref) throw new Error(`no schema for ${type}@${apiVersion} in ${schemaDir}`);
      let validate = compiled.get(ref);
      if (!validate) {
        validate = ajv.compile({ $ref: ref });
        compiled.set(ref, validate);
      }
      return validate;
    },
    template: ajv.compile({ $ref: baseId(deploymentTemplate) }),
  };
}

/** Ajv's errors in one line each (for a readable failure message). */
export const errorLines = (errors: ErrorObject[] | null | undefined): string[] =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`);
