import { englishText, type ConsoleMessage } from '../../shared/i18n/message';

/**
 * A CRM's refusal or an unreachable CRM, worded for the administrator as a catalogue message
 * (the CRM's own text a parameter of it); `message` keeps the English text for logs. Never holds
 * a secret.
 */
export class CrmError extends Error {
  constructor(
    readonly text: ConsoleMessage,
    /** The CRM's own error code when it gave one, e.g. `invalid_grant`, `INVALID_FIELD`. */
    readonly crmCode: string | null = null,
  ) {
    super(englishText(text));
    this.name = 'CrmError';
  }
}
