/** One formatter for the window: creating one costs more than using it. */
const numbers = new Intl.NumberFormat('en-US');

/** 10000 → "10,000". */
export const formatNumber = (n: number): string => numbers.format(n);

/** 10000 → "10,000 rows", 1 → "1 row". */
export const formatRows = (n: number): string => `${numbers.format(n)} ${n === 1 ? 'row' : 'rows'}`;
