/** Colours the sheets share, whichever writer renders them (Office.js or xlsx). */
export const INPUT_FILL = '#FFF2CC';
export const FORMULA_FILL = '#EDEDED';
export const HEADER_FILL = '#1F5C3A';
/** Number formats of report columns. */
export const REPORT_NUMBER_FORMATS = { text: '@', integer: '0', decimal: '0.00' } as const;
