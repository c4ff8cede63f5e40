import * as z from 'zod';
import { cleanText } from '../text/cleanText';

/**
 * A string someone typed (a name, a note, a self-assessment text): cleaned by cleanText before any
 * other check, so what is stored never holds what an .xlsx cannot. `overwrite` keeps the type a plain
 * string, for the inferred types and the OpenAPI document alike.
 */
export const userText = () => z.string().overwrite(cleanText);
