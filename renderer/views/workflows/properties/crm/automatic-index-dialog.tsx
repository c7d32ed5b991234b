import { Checkbox, Dialog, DialogBody } from '@blueprintjs/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('workflows');
  const [draft, setDraft] = useState(value);
  const defaultOption = automaticIndexOptionName(instance, activityId);
  const defaultField = remoteObject?.modifiedFields[0] ?? 'LastModifiedDate';
  const [ownField, setOwnField] = useState(value.indexField !== null);
  const fields = remoteObject?.modifiedFields.length
    ? remoteObject.modifiedFields
    : usableFieldNames(remoteObject);
  return (
    <Dialog isOpen onClose={onClose} title={t('index.title')}>
      <DialogBody>
        <Checkbox
          label={t('index.enabled')}
          checked={draft.enabled}
          onChange={(e) => setDraft({ ...draft, enabled: e.currentTarget.checked })}
        />
        <TextProperty
          label={t('index.option')}
          value={draft.optionName ?? ''}
          placeholder={t('index.default', { value: defaultOption })}
          onChange={(v) => setDraft({ ...draft, optionName: v.trim() || null })}
          help={t('index.optionHelp', { option: defaultOption })}
        />
        <Checkbox
          label={t('index.own')}
          checked={ownField}
          onChange={(e) => {
            setOwnField(e.currentTarget.checked);
            if (!e.currentTarget.checked) setDraft({ ...draft, indexField: null });
          }}
        />
        {ownField && (
          <SelectProperty
            label={t('index.field')}
            value={draft.indexField}
            placeholder={t('index.default', { value: defaultField })}
            choices={fields.map((f) => ({ value: f, label: f }))}
            onChange={(indexField) => setDraft({ ...draft, indexField })}
          />
        )}
      </DialogBody>
      <CancelOkFooter
        onCancel={onClose}
        primary={{
          text: t('ok'),
          onClick: () => onApply(ownField ? draft : { ...draft, indexField: null }),
        }}
      />
    </Dialog>
  );
}
