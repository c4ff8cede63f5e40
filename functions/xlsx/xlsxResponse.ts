import type { HttpResponseInit } from '@azure/functions';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An .xlsx download: the right type, a file name, and no caching of round data. */
export function xlsxResponse(bytes: Buffer, fileName: string, cache = 'no-store', extra: Record<string, string> = {}): HttpResponseInit {
  return {
    status: 200,
    headers: {
      'content-type': XLSX_TYPE,
      'content-disposition': `attachment; filename="${fileName}"`,
      'content-length': String(bytes.byteLength),
      'cache-control': cache,
      ...extra,
    },
    body: bytes,
  };
}
