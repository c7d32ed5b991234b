/** A CRM's refusal or an unreachable CRM, worded for the administrator; never holds a secret. */
export class CrmError extends Error {
  constructor(
    message: string,
    /** The CRM's own error code when it gave one, e.g. `invalid_grant`, `INVALID_FIELD`. */
    readonly crmCode: string | null = null,
  ) {
    super(message);
    this.name = 'CrmError';
  }
}
