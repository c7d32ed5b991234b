import { describeThrown } from '../../core/describe-thrown';
import { msg, type ConsoleMessage } from '../../../shared/i18n/message';
import { CrmError } from '../crm-error';

// Read when a call fails, so that each failure words its reason anew.
const networkCodes: Record<string, () => ConsoleMessage> = {
  ECONNREFUSED: () => msg('messages:connectors.network.refused'),
  ENOTFOUND: () => msg('messages:connectors.network.noHost'),
  ETIMEDOUT: () => msg('messages:connectors.network.timedOut'),
  ECONNRESET: () => msg('messages:connectors.network.cut'),
  EHOSTUNREACH: () => msg('messages:connectors.network.unreachable'),
};

/**
 * Words a failure of a Salesforce call for the administrator: the CRM's own message when it
 * sent one, else what went wrong on the way. Never repeats credentials.
 */
export function salesforceError(error: unknown, url: string): CrmError {
  if (error instanceof CrmError) return error;
  const e = error as {
    name?: string;
    errorCode?: string;
    code?: string;
    cause?: { code?: string };
  };
  const text = describeThrown(error);
  const netCode = e.code ?? e.cause?.code ?? '';
  const network = networkCodes[netCode];
  if (network)
    return new CrmError(
      msg('messages:connectors.cannotReach', { url, reason: network() }),
      netCode,
    );
  if (/certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${netCode} ${text}`))
    return new CrmError(
      msg('messages:connectors.untrustedCertificate', { url, reason: text }),
      netCode || null,
    );
  if (
    e.name === 'invalid_grant' ||
    e.name === 'invalid_client' ||
    e.name === 'unsupported_grant_type'
  )
    return new CrmError(
      msg('messages:connectors.salesforce.loginRefused', { crmMessage: text, code: e.name }),
      e.name,
    );
  if (e.errorCode)
    return new CrmError(
      msg('messages:connectors.salesforce.answered', { code: e.errorCode, crmMessage: text }),
      e.errorCode,
    );
  // The client tripped over an answer it could not read (jsforce reads a page before we can).
  if (error instanceof TypeError || error instanceof SyntaxError || error instanceof RangeError)
    return new CrmError(msg('messages:connectors.salesforce.unreadable', { url }));
  return new CrmError(msg('messages:connectors.callFailed', { url, reason: text }));
}
