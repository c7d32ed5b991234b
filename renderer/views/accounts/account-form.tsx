import { Checkbox, FormGroup, H6, HTMLSelect, TextArea } from '@blueprintjs/core';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import {
  accountTypeLabels,
  accountTypes,
  type AccountInput,
  type AccountSecretName,
  type AccountType,
  type ExternalAccountView,
} from '../../../shared/domain/accounts';
import { DetailFormCard } from '../../components/collections/detail-form-card';
import {
  useCollectionEditor,
  type EditorProps,
} from '../../components/collections/use-collection-editor';
import { TextField } from '../../components/text-field';
import { useConsoleStores } from '../../stores/stores-context';
import { AccountConfiguration } from './account-configuration';
import {
  accountInputFromDraft,
  validateAccountDraft,
  type AccountDraft,
  type AccountField,
} from './account-draft';
import { DynamicsSection } from './dynamics-section';
import { OracleSection } from './oracle-section';
import type { KindSectionProps } from './kind-section';
import { SalesforceSection } from './salesforce-section';
import { SecretField } from './secret-field';

/** Each kind's section of the form, under the common fields. */
const kindSections: Record<AccountType, ComponentType<KindSectionProps>> = {
  salesforce: SalesforceSection,
  dynamics: DynamicsSection,
  oracle: OracleSection,
};

/** The reference's default internal name of each kind, as the placeholder. */
const namePlaceholders: Record<AccountType, string> = {
  salesforce: 'salesforceCRM',
  dynamics: 'dynamicsCRM',
  oracle: 'oracleCRM',
};

const accountType = (value: string) => accountTypes.find((t) => t === value) ?? 'salesforce';

/** The form of an external account: the reference's fields, then its Configuration block. */
export function AccountForm(
  props: EditorProps<AccountDraft> & { saved: ExternalAccountView | null },
) {
  const { target, saved } = props;
  const { t } = useTranslation('accounts');
  const { form, card } = useCollectionEditor<AccountDraft, AccountField, AccountInput>(
    useConsoleStores().accounts,
    props,
    {
      validate: validateAccountDraft,
      localRefusal: () => t('form.refused'),
      wrapper: 'account',
      toInput: accountInputFromDraft,
    },
  );
  const { draft } = form;
  const shown = (field: AccountField) => form.shown(field, field);
  const edit = <K extends keyof AccountDraft>(
    field: AccountField,
    key: K,
    value: AccountDraft[K],
  ) => form.change(field, (d) => ({ ...d, [key]: value }));
  // The Demo account's connection comes from the built-in emulator, whatever the form says.
  const demo = saved?.demo ?? false;
  const secretField = (name: AccountSecretName, label: string, slug: string, help?: string) => (
    <SecretField
      id={`account-secret-${slug}`}
      label={label}
      secret={draft.secrets[name]}
      onChange={(next) =>
        form.change(`secrets.${name}`, (d) => ({ ...d, secrets: { ...d.secrets, [name]: next } }))
      }
      error={shown(`secrets.${name}`)}
      testId={`account-${slug}`}
      disabled={demo}
      note={demo ? t('form.suppliedByEmulator') : help}
    />
  );
  const Section = kindSections[draft.type];

  return (
    <DetailFormCard
      {...card}
      testId="account-form"
      prefix="account"
      title={
        target.kind === 'new'
          ? t('form.newTitle')
          : t('form.title', { label: saved?.label ?? target.name })
      }
    >
      <div className="console-form-grid">
        <TextField
          id="account-label"
          label={t('form.label')}
          value={draft.label}
          onChange={(v) => edit('label', 'label', v)}
          error={shown('label')}
          testId="account-label"
          required
          autoFocus={target.kind === 'new'}
        />
        <TextField
          id="account-name"
          label={t('form.name')}
          value={draft.name}
          onChange={(v) => edit('name', 'name', v)}
          error={shown('name')}
          placeholder={namePlaceholders[draft.type]}
          testId="account-name"
          required
        />
        <FormGroup label={t('form.type')} labelFor="account-type">
          <HTMLSelect
            id="account-type"
            fill
            value={draft.type}
            disabled={target.kind !== 'new'}
            onChange={(e) => edit('type', 'type', accountType(e.currentTarget.value))}
            options={accountTypes.map((t) => ({ value: t, label: accountTypeLabels[t] }))}
            data-testid="account-type"
          />
        </FormGroup>
        <FormGroup label={t('form.status')} className="console-account-enabled">
          <Checkbox
            label={t('form.enabled')}
            checked={draft.enabled}
            onChange={(e) => edit('enabled', 'enabled', e.currentTarget.checked)}
            data-testid="account-enabled"
          />
        </FormGroup>
      </div>
      <FormGroup label={t('form.comment')} labelFor="account-comment" helperText={shown('comment')}>
        <TextArea
          id="account-comment"
          className="console-textarea"
          fill
          rows={2}
          value={draft.comment}
          onChange={(e) => edit('comment', 'comment', e.currentTarget.value)}
          data-testid="account-comment"
        />
      </FormGroup>

      <H6 className="console-form-section">{accountTypeLabels[draft.type]}</H6>
      <Section
        draft={draft}
        change={form.change}
        shown={shown}
        secretField={secretField}
        demo={demo}
      />
      <AccountConfiguration account={saved} />
    </DetailFormCard>
  );
}
