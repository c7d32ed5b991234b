import { create } from 'xmlbuilder2';
import type { EmulatorResponse } from '../../framework/http-types';
import { soapEnvelopeNs } from './envelope';
import type { OracleError } from './oracle-error';

const siebelFaultNs = 'http://www.siebel.com/ws/fault';

export const xmlHeaders = { 'Content-Type': 'text/xml;charset=UTF-8' };

/**
 * Oracle's SOAP fault: HTTP 500, `faultstring` "message(SBL-…)", and a `siebelf:siebdetail`
 * with the server log file and an error stack of code, symbol and message per error.
 */
export function faultResponse(error: OracleError): EmulatorResponse {
  const errors = [error, ...error.more];
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const fault = doc
    .ele(soapEnvelopeNs, 'SOAP-ENV:Envelope')
    .ele(soapEnvelopeNs, 'SOAP-ENV:Body')
    .ele(soapEnvelopeNs, 'SOAP-ENV:Fault');
  fault.ele('faultcode').txt('SOAP-ENV:Server');
  fault.ele('faultstring').txt(`${error.message}(${error.code})`);
  const detail = fault.ele('detail').ele(siebelFaultNs, 'siebelf:siebdetail');
  detail.ele(siebelFaultNs, 'siebelf:logfilename').txt('OnDemandServicesObjMgr_enu_0042.log');
  const stack = detail.ele(siebelFaultNs, 'siebelf:errorstack');
  for (const each of errors) {
    const entry = stack.ele(siebelFaultNs, 'siebelf:error');
    entry.ele(siebelFaultNs, 'siebelf:errorcode').txt(each.code);
    entry.ele(siebelFaultNs, 'siebelf:errorsymbol').txt(each.symbol);
    entry.ele(siebelFaultNs, 'siebelf:errormsg').txt(`${each.message}(${each.code})`);
  }
  return { status: 500, headers: xmlHeaders, body: doc.end({ prettyPrint: false }) };
}
