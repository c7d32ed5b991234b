import { Callout, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
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
          This account points at the console&apos;s built-in Oracle CRM On Demand emulator, started
          when it is first used. Its connection fields are informational: the emulator supplies its
          own address and credentials.
        </Callout>
      )}
      <div className="console-form-grid">
        {text('account', 'Account', 'account', 'The sign-in id the console logs in as.', {
          required: true,
          placeholder: 'ACME/ADMIN',
        })}
        {text('serverUrl', 'Server', 'server', 'The Oracle On Demand pod address, https only.', {
          required: true,
          placeholder: 'https://secure-ausomxabc.crmondemand.com',
        })}
        {secretField('password', 'Password', 'password')}
        <FormGroup
          label="API version"
          labelFor="account-ora-api-version"
          helperText="v1.0 lets a query sort or filter, not both."
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
        {text(
          'timeZone',
          'Time zone of the CRM user',
          'time-zone',
          "Oracle's dates carry no time zone: they are read and written in this one. Empty: read from the CRM (Test connection shows it).",
          { placeholder: 'America/New_York', disabled: false },
        )}
      </div>
    </>
  );
}
