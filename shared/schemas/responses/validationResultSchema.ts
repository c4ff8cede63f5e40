import * as z from 'zod';

/** POST /api/validate when the submission is valid (field errors are a 422 problem). */
export const ValidationResultSchema = z.strictObject({ valid: z.literal(true) }).meta({ id: 'ValidationResult' });
export type ValidationResultBody = z.infer<typeof ValidationResultSchema>;
