import { functionsCore, registeredFunctions } from '../../functions/localHost/functionsCore';
import { openApiDocument } from '../../functions/openapi/openApiDocument';

// Jest's module system bypasses the Node hook, so hand the same core to @azure/functions here.
jest.mock('@azure/functions-core', () => functionsCore, { virtual: true });

describe('OpenAPI document', () => {
  const doc = openApiDocument();

  it('is OpenAPI 3.1 with the schemas it validates with', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.components?.schemas ?? {})).toEqual(expect.arrayContaining(['Submission', 'Problem']));
  });

  it('shows free-text fields as plain strings with their limits (the cleaning is invisible to clients)', () => {
    const submission = doc.components?.schemas?.Submission as { properties: Record<string, { properties?: Record<string, unknown>; items?: { properties: Record<string, unknown> } }> };
    expect(submission.properties.participant!.properties!.name).toEqual({ type: 'string', minLength: 1, maxLength: 200 });
    expect(submission.properties.models!.items!.properties.notes).toEqual({ type: 'string', maxLength: 1000 });
  });

  it('lists every registered route with its methods', () => {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../functions/app');
    });
    const registered = registeredFunctions();
    expect(registered.length).toBe(45);
    for (const f of registered) {
      const path = `/api/${f.route}`;
      const item = doc.paths?.[path] as Record<string, { operationId?: string }> | undefined;
      expect(item).toBeDefined();
      for (const m of f.methods) expect(item?.[m.toLowerCase()]?.operationId).toBe(f.name);
    }
  });
});
