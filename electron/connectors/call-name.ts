import type { ConsoleMessage } from '../../shared/i18n/message';

/**
 * What a connector was asking when a call failed, for the refusal to name it: a message ("the
 * query of 'contact'"), or an API's own name ("WhoAmI"), which no language translates.
 */
export type CallName = ConsoleMessage | string;
