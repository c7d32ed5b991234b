import type { OracleContext } from '../context';
import { child, soapResponse, type XmlElement } from '../soap/envelope';
import { oracleErrors } from '../soap/oracle-error';

/**
 * `PicklistWS_GetPicklistValues`: a picklist field's values (`FieldName` of `RecordType`) with
 * their language-independent `Code`, `DisplayValue` and `Disabled` (`Y`/`N`). Multi-select
 * picklists answer too.
 */
export function getPicklistValues(
  ctx: OracleContext,
  namespace: string,
  input: XmlElement,
): string {
  if (input.name !== 'PicklistWS_GetPicklistValues_Input')
    throw oracleErrors.malformed(
      `expected <PicklistWS_GetPicklistValues_Input>, found <${input.name}>`,
    );
  const fieldName = child(input, 'FieldName')?.text ?? '';
  const recordType = child(input, 'RecordType')?.text ?? '';
  const store = ctx.company.store(recordType);
  const field = store?.field(fieldName);
  if (!store || !field?.picklist) throw oracleErrors.unknownPicklist(fieldName, recordType);
  const entries = field.picklist;
  return soapResponse(namespace, 'PicklistWS_GetPicklistValues_Output', (output) => {
    const parent = output
      .ele('urn:/crmondemand/xml/picklist', 'ListOfParentPicklistValue')
      .ele('ParentPicklistValue');
    parent.ele('Language').txt('ENU');
    parent.ele('ParentFieldName');
    parent.ele('ParentDisplayValue');
    parent.ele('ParentCode');
    parent.ele('Disabled').txt('N');
    const values = parent.ele('ListOfPicklistValue');
    for (const entry of entries) {
      const value = values.ele('PicklistValue');
      value.ele('Code').txt(entry.code);
      value.ele('DisplayValue').txt(entry.display);
      value.ele('Disabled').txt(entry.disabled ? 'Y' : 'N');
    }
  });
}
