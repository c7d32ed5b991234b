import { describe, expect, it } from 'vitest';
import {
  at,
  elementsOf,
  queryPageCall,
  readEnvelope,
  textOf,
  writeCall,
  type XmlNode,
} from './oracle-soap';

function bodyOf(xml: string): XmlNode {
  const read = readEnvelope(xml);
  if (!read || !('body' in read)) throw new Error('no body');
  return read.body;
}

describe('Oracle SOAP envelopes', () => {
  it('builds a v2.0 QueryPage: paging attributes, field expressions escaped, sort attributes', () => {
    const call = queryPageCall({
      object: 'Contact',
      fields: ['Id', 'ContactLastName'],
      criteria: { kind: 'fields', expressions: new Map([['ContactLastName', "< 'M&M'"]]) },
      sort: [{ field: 'ModifiedDate', descending: true }],
      pageSize: 100,
      startRow: 200,
      version: 'v2.0',
    });
    expect(call.action).toBe('"document/urn:crmondemand/ws/ecbs/contact/:ContactQueryPage"');
    expect(call.body).toContain('xmlns:ns="urn:crmondemand/ws/ecbs/contact/"');
    expect(call.body).toContain('xmlns:data="urn:/crmondemand/xml/Contact/Query"');
    expect(call.body).toContain("&lt; 'M&amp;M'");
    const list = at(bodyOf(call.body), 'ContactQueryPage_Input', 'ListOfContact');
    expect(at(list, '@pagesize')).toBe('100');
    expect(at(list, '@startrownum')).toBe('200');
    const contact = at(list, 'Contact');
    expect(textOf(at(contact, 'ContactLastName'))).toBe("< 'M&M'");
    expect(textOf(at(contact, 'Id'))).toBe('');
    expect(at(contact, 'ModifiedDate', '@sortorder')).toBe('DESC');
  });

  it('builds a v1.0 QueryPage with PageSize, StartRowNum and a searchspec-free template', () => {
    const call = queryPageCall({
      object: 'Account',
      fields: ['Id'],
      criteria: { kind: 'fields', expressions: new Map() },
      sort: [],
      pageSize: 50,
      startRow: 0,
      version: 'v1.0',
    });
    expect(call.action).toBe('"document/urn:crmondemand/ws/account/10/2004:AccountQueryPage"');
    const input = at(bodyOf(call.body), 'AccountWS_AccountQueryPage_Input');
    expect(textOf(at(input, 'PageSize'))).toBe('50');
    expect(textOf(at(input, 'StartRowNum'))).toBe('0');
    expect(elementsOf(at(input, 'ListOfAccount'), 'Account')).toHaveLength(1);
  });

  it('writes records in order, an empty value as an empty element', () => {
    const call = writeCall(
      'Contact',
      'InsertOrUpdate',
      [
        { ExternalSystemId: 'A1', ContactLastName: 'Doe <jr>' },
        { ExternalSystemId: 'A2', ContactLastName: null },
      ],
      'v2.0',
    );
    const records = elementsOf(
      at(bodyOf(call.body), 'ContactInsertOrUpdate_Input', 'ListOfContact'),
      'Contact',
    );
    expect(records.map((r) => textOf(at(r, 'ContactLastName')))).toEqual(['Doe <jr>', '']);
  });

  it("reads a fault's siebdetail: the seed's four reject columns", () => {
    const read = readEnvelope(`<?xml version="1.0"?>
      <SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/">
        <SOAP-ENV:Body><SOAP-ENV:Fault>
          <faultcode>SOAP-ENV:Server</faultcode>
          <faultstring>No rows retrieved corresponding to the business component 'Contact'(SBL-EAI-04378)</faultstring>
          <detail><siebelf:siebdetail xmlns:siebelf="http://www.siebel.com/ws/fault">
            <siebelf:logfilename>OnDemandServicesObjMgr_enu_0107_112722122.log</siebelf:logfilename>
            <siebelf:errorstack><siebelf:error>
              <siebelf:errorcode>(SBL-EAI-04378)</siebelf:errorcode>
              <siebelf:errorsymbol>IDS_ERR_EAI_SA_NO_RECORDS</siebelf:errorsymbol>
              <siebelf:errormsg>No rows retrieved corresponding to the business component 'Contact'(SBL-EAI-04378)</siebelf:errormsg>
            </siebelf:error></siebelf:errorstack>
          </siebelf:siebdetail></detail>
        </SOAP-ENV:Fault></SOAP-ENV:Body>
      </SOAP-ENV:Envelope>`);
    expect(read).toEqual({
      fault: {
        faultString:
          "No rows retrieved corresponding to the business component 'Contact'(SBL-EAI-04378)",
        errorCode: 'SBL-EAI-04378',
        errorSymbol: 'IDS_ERR_EAI_SA_NO_RECORDS',
        errorMessage:
          "No rows retrieved corresponding to the business component 'Contact'(SBL-EAI-04378)",
        logFilename: 'OnDemandServicesObjMgr_enu_0107_112722122.log',
      },
    });
  });

  it('tells text that is no SOAP envelope', () => {
    expect(readEnvelope('<html><body>Maintenance</body></html>')).toBeNull();
    expect(readEnvelope('not xml <<<')).toBeNull();
  });
});
