import * as z from 'zod';
import { ERROR_CODES, type LocalizedFieldIssue } from '../fieldIssue';
import type { Agrees } from './schemaAgreement';

/** One field error in the caller's language; from an uploaded workbook also its sheet and cell. */
export const FieldErrorSchema = z
  .strictObject({
    path: z.array(z.union([z.string(), z.number().int()])).meta({ description: 'Where in the submission (or request body); empty for the whole file or body.' }),
    code: z.enum(ERROR_CODES).meta({ description: 'Stable: clients switch on it, never on the message.' }),
    message: z.string(),
    sheet: z.string().optional().meta({ description: 'Uploaded workbooks: the sheet’s name in that file.' }),
    cell: z.string().optional().meta({ description: 'Uploaded workbooks: the cell, e.g. `B5`.' }),
  })
  .meta({ id: 'FieldError' });

const _agrees: Agrees<LocalizedFieldIssue, typeof FieldErrorSchema> = true;

/** Every error answer: RFC 9457 problem details with a localized title (`Content-Language`). */
export const ProblemSchema = z
  .strictObject({
    type: z.literal('about:blank'),
    title: z.string(),
    status: z.number().int().min(400).max(599),
    detail: z.string().optional(),
    errors: z.array(FieldErrorSchema).max(100).optional().meta({ description: 'Field errors, at most the first 100.' }),
    errorCount: z.number().int().min(101).optional().meta({ description: 'How many field errors there were in all; present only when `errors` holds just the first 100.' }),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details; `errors[].path` points into the submission or request body, `sheet` and `cell` into an uploaded file.' });
export type ProblemBody = z.infer<typeof ProblemSchema>;
