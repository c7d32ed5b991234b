import { describeThrown } from '../../core/describe-thrown';
import { CrmError } from '../crm-error';

const networkCodes: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host name does not exist',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the connection was cut',
  EHOSTUNREACH: 'the host cannot be reached',
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
  if (networkCodes[netCode])
    return new CrmError(`Cannot reach ${url}: ${networkCodes[netCode]}.`, netCode);
  if (/certificate|self.signed|CERT_|UNABLE_TO_VERIFY/i.test(`${netCode} ${text}`))
    return new CrmError(`The certificate of ${url} is not trusted: ${text}.`, netCode || null);
  if (
    e.name === 'invalid_grant' ||
    e.name === 'invalid_client' ||
    e.name === 'unsupported_grant_type'
  )
    return new CrmError(`Salesforce refused the login: ${text} (${e.name}).`, e.name);
  if (e.errorCode) return new CrmError(`Salesforce answered ${e.errorCode}: ${text}`, e.errorCode);
  // The client tripped over an answer it could not read (jsforce reads a page before we can).
  if (error instanceof TypeError || error instanceof SyntaxError || error instanceof RangeError)
    return new CrmError(
      `The answer of ${url} could not be read: it is not in the form of Salesforce's API.`,
    );
  return new CrmError(`The call to ${url} failed: ${text}`);
}
