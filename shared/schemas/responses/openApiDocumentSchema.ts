import * as z from 'zod';

const map = z.record(z.string(), z.unknown());

/** GET /api/openapi.json: an OpenAPI 3.1 document (its parts are OpenAPI's own objects). */
export const OpenApiDocumentSchema = z
  .strictObject({
    openapi: z.string().regex(/^3\.1\.\d+$/),
    info: z.strictObject({ title: z.string(), version: z.string(), description: z.string().optional(), license: z.strictObject({ name: z.string() }).optional() }),
    servers: z.array(z.strictObject({ url: z.string(), description: z.string().optional() })),
    tags: z.array(z.strictObject({ name: z.string(), description: z.string() })),
    paths: map,
    components: map,
  })
  .meta({ id: 'OpenApiDocument', description: 'See https://spec.openapis.org/oas/v3.1.0 for the parts.' });
