import { Utils } from '@blueprintjs/table';

/**
 * Blueprint Table compares its row heights with the previous ones on every update, element by
 * element, even when both are the very same array: a million comparisons per scroll step on a
 * million-row table. The same array is equal to itself; only a different one is walked.
 */
const compareSparseArrays = Utils.compareSparseArrays.bind(Utils);
Utils.compareSparseArrays = (a, b) => a === b || compareSparseArrays(a, b);
