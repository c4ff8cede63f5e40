/** Largest JSON request body: a full submission is about 30 KiB, this leaves room for long texts. */
export const MAX_BODY_BYTES = 512 * 1024;

/** Largest uploaded workbook: a filled template is some tens of KiB; long texts in every cell stay well under this. */
export const MAX_XLSX_BYTES = 4 * 1024 * 1024;

/** Methods whose requests carry a body; any other method gets no body read (and 413 if it sends one). */
export const BODY_METHODS: readonly string[] = ['POST', 'PUT', 'PATCH'];

const limits = new Map<string, number>();

/** Records a route's body limit at registration (registerRoute), for hosts that read bodies themselves. */
export function setBodyLimit(functionName: string, bytes: number): void {
  limits.set(functionName, bytes);
}

/** The most a host reads for this function's request: its declared limit, else the JSON limit. */
export function bodyLimitFor(functionName: string): number {
  return limits.get(functionName) ?? MAX_BODY_BYTES;
}
