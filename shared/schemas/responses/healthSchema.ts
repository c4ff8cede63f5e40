import * as z from 'zod';

/** GET /api/health: alive, and storage answered (503 with Retry-After when it did not). */
export const HealthSchema = z.strictObject({ status: z.literal('ok'), storage: z.literal('ok') }).meta({ id: 'Health' });
export type HealthBody = z.infer<typeof HealthSchema>;
