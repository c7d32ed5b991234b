import { header, type EmulatorRequest, type EmulatorResponse } from '../../framework/http-types';
import type { Caller, OracleContext } from '../context';
import { queryPageV1, queryPageV2 } from '../operations/query-page';
import { storeFor } from '../operations/object-of';
import { deletedItemQueryPage } from '../operations/deleted-items';
import { getPicklistValues } from '../operations/picklists';
import { writeRecords, type WriteMethod } from '../operations/writes';
import { parseSoapAction, type SoapAction } from '../soap/actions';
import { readSoapRequest, type SoapRequest } from '../soap/envelope';
import { faultResponse, xmlHeaders } from '../soap/fault-response';
import { OracleError, oracleErrors } from '../soap/oracle-error';
import { sessionIdOf } from '../sessions';
import { credentialsMatch } from './session';

/** The session cookie's session, or a stateless WS-Security UsernameToken's user. */
function authenticate(ctx: OracleContext, req: EmulatorRequest, soap: SoapRequest): Caller {
  const token = soap.usernameToken;
  if (token) {
    if (!credentialsMatch(ctx, token.username, token.password)) throw oracleErrors.accessDenied();
    return { userId: ctx.company.userId, rateKey: `stateless:${token.username.toUpperCase()}` };
  }
  const id = sessionIdOf(header(req, 'cookie'));
  const session = id ? ctx.sessions.use(id) : null;
  if (!session) throw oracleErrors.sessionUnavailable();
  return { userId: ctx.company.userId, rateKey: session.id };
}

const writeMethods: readonly WriteMethod[] = ['Insert', 'Update', 'InsertOrUpdate', 'Delete'];

function perform(
  ctx: OracleContext,
  action: SoapAction,
  soap: SoapRequest,
  caller: Caller,
  label: string,
): string {
  if (action.api === 'deletedItem' && action.method === 'DeletedItemQueryPage')
    return deletedItemQueryPage(ctx, action.namespace, soap.input);
  if (action.api === 'picklist' && action.method === 'GetPicklistValues')
    return getPicklistValues(ctx, action.namespace, soap.input);
  if (action.api === 'v2' || action.api === 'v1') {
    const store = storeFor(ctx, action.object, label);
    const method = action.method.startsWith(store.name)
      ? action.method.slice(store.name.length)
      : '';
    if (method === 'QueryPage')
      return action.api === 'v2'
        ? queryPageV2(ctx, store, action.namespace, soap.input)
        : queryPageV1(ctx, store, action.namespace, soap.input);
    const write = writeMethods.find((candidate) => candidate === method);
    if (write && action.api === 'v2')
      return writeRecords(ctx, caller, store, action.namespace, write, soap.input);
  }
  throw oracleErrors.unknownOperation(label);
}

/** `POST /Services/Integration`: one SOAP endpoint, routed on the SOAPAction header. */
export function soapEndpoint(ctx: OracleContext, req: EmulatorRequest): EmulatorResponse {
  try {
    const label = header(req, 'soapaction') ?? '';
    const action = parseSoapAction(label);
    const soap = readSoapRequest(req.body);
    const caller = authenticate(ctx, req, soap);
    const wait = ctx.limiter.admit(caller.rateKey);
    if (wait !== null) throw oracleErrors.rateExceeded(wait);
    if (!action) throw oracleErrors.unknownOperation(label);
    return { status: 200, headers: xmlHeaders, body: perform(ctx, action, soap, caller, label) };
  } catch (error) {
    if (error instanceof OracleError) return faultResponse(error);
    throw error;
  }
}
