import { Checkbox, Dialog, DialogBody } from '@blueprintjs/core';
import { useState } from 'react';
import type { CrmConnectorActivity } from '../../../../../shared/domain/workflows/activity-settings';
import { automaticIndexOptionName } from '../../../../../shared/domain/workflows/crm-connector-settings';
import { type CrmTableDescription, usableFieldNames } from '../../../../../shared/domain/crm';
import { CancelOkFooter } from '../../../../components/cancel-ok-footer';
import { SelectProperty, TextProperty } from '../property-fields';

type AutomaticIndex = CrmConnectorActivity['import']['automaticIndex'];

/** "Use automatic index...": the option that remembers the last import, and the index field. */
export function AutomaticIndexDialog({
  value,
  activityId,
  instance,
  remoteObject,
  onClose,
  onApply,
}: {
  value: AutomaticIndex;
  activityId: string;
  instance: string;
  remoteObject: CrmTableDescription | undefined;
  onClose(): void;
  onApply(value: AutomaticIndex): void;
}) {
  const [draft, setDraft] = useState(value);
  const defaultOption = automaticIndexOptionName(instance, activityId);
  const defaultField = remoteObject?.modifiedFields[0] ?? 'LastModifiedDate';
  const [ownField, setOwnField] = useState(value.indexField !== null);
  const fields = remoteObject?.modifiedFields.length
    ? remoteObject.modifiedFields
    : usableFieldNames(remoteObject);
  return (
    <Dialog isOpen onClose={onClose} title="Automatic index">
      <DialogBody>
        <Checkbox
          label="Automatic index"
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
        />
        <TextProperty
          label="Option name"
          value={draft.optionName ?? ''}
          placeholder={`Default: ${defaultOption}`}
          onChange={(v) => setDraft({ ...draft, optionName: v.trim() || null })}
          help={`Empty: ${defaultOption}. Created as a text option when missing; format yyyy/MM/dd hh:mm:ss.`}
        />
        <Checkbox
          label="Specify the index field"
          checked={ownField}
          onChange={(e) => {
            setOwnField(e.currentTarget.checked);
            if (!e.currentTarget.checked) setDraft({ ...draft, indexField: null });
          }}
        />
        {ownField && (
          <SelectProperty
            label="Index field"
            value={draft.indexField}
            placeholder={`Default: ${defaultField}`}
            choices={fields.map((f) => ({ value: f, label: f }))}
            onChange={(indexField) => setDraft({ ...draft, indexField })}
          />
        )}
      </DialogBody>
      <CancelOkFooter
        onCancel={onClose}
        primary={{
          text: 'OK',
          onClick: () => onApply(ownField ? draft : { ...draft, indexField: null }),
        }}
      />
    </Dialog>
  );
}
