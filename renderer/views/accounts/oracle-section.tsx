import { Callout, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import { oracleApiVersions } from '../../../shared/domain/oracle-account';
import { TextField } from '../../components/text-field';
import type { OracleDraft } from './oracle-draft';
import type { KindSectionProps } from './kind-section';

const apiVersion = (value: string) => oracleApiVersions.find((v) => v === value) ?? 'v2.0';

/**
 * The Oracle On Demand fields of the account form: the reference's Account, Server and
 * Password, the Web Services version, and the CRM user's time zone (Oracle's dates carry none).
 */
export function OracleSection({ draft, change, shown, secretField, demo }: KindSectionProps) {
  const { t } = useTranslation('accounts');
  const ora = draft.oracle;
  const edit = <K extends keyof OracleDraft>(key: K, value: OracleDraft[K]) =>
    change(`oracle.${key}`, (d) => ({ ...d, oracle: { ...d.oracle, [key]: value } }));
  const text = (
    key: 'account' | 'serverUrl' | 'timeZone',
    label: string,
    slug: string,
    help: string,
    extra: { required?: boolean; placeholder?: string; disabled?: boolean } = {},
  ) => (
    <TextField
      id={`account-ora-${slug}`}
      label={label}
      value={ora[key]}
      onChange={(v) => edit(key, v)}
      error={shown(`oracle.${key}`)}
      help={help}
      testId={`account-ora-${slug}`}
      disabled={extra.disabled ?? demo}
      {...extra}
    />
  );
  return (
    <>
      {demo && (
        <Callout
          intent={Intent.PRIMARY}
          icon="info-sign"
          className="console-callout"
          data-testid="account-demo-note"
        >
          {t('oracle.demoNote')}
        </Callout>
      )}
      <div className="console-form-grid">
        {text('account', t('fields.account'), 'account', t('oracle.accountHelp'), {
          required: true,
          placeholder: 'ACME/ADMIN',
        })}
        {text('serverUrl', t('fields.server'), 'server', t('oracle.serverHelp'), {
          required: true,
          placeholder: 'https://secure-ausomxabc.crmondemand.com',
        })}
        {secretField('password', t('fields.password'), 'password')}
        <FormGroup
          label={t('fields.apiVersion')}
          labelFor="account-ora-api-version"
          helperText={t('oracle.apiVersionHelp')}
        >
          <HTMLSelect
            id="account-ora-api-version"
            fill
            value={ora.apiVersion}
            onChange={(e) => edit('apiVersion', apiVersion(e.currentTarget.value))}
            options={oracleApiVersions.map((v) => ({ value: v, label: `Web Services ${v}` }))}
            data-testid="account-ora-api-version"
          />
        </FormGroup>
        {text('timeZone', t('test.timeZone'), 'time-zone', t('oracle.timeZoneHelp'), {
          placeholder: 'America/New_York',
          disabled: false,
        })}
      </div>
    </>
  );
}
