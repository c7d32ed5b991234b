import { Callout, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import { useTranslation } from 'react-i18next';
import {
  dynamicsDeploymentLabels,
  dynamicsDeploymentTypes,
  dynamicsOAuthTypes,
} from '../../../shared/domain/dynamics-account';
import { TextField } from '../../components/text-field';
import type { DynamicsDraft } from './dynamics-draft';
import type { KindSectionProps } from './kind-section';

const deploymentType = (value: string) =>
  dynamicsDeploymentTypes.find((v) => v === value) ?? 'webApi';
const oauthType = (value: string) => dynamicsOAuthTypes.find((v) => v === value) ?? 'password';

/**
 * The Microsoft Dynamics CRM fields of the account form: the deployment type (only Web API is
 * still served), then the fields of the chosen CRM O-Auth type.
 */
export function DynamicsSection({ draft, change, shown, secretField, demo }: KindSectionProps) {
  const { t } = useTranslation('accounts');
  const dyn = draft.dynamics;
  const edit = <K extends keyof DynamicsDraft>(key: K, value: DynamicsDraft[K]) =>
    change(`dynamics.${key}`, (d) => ({ ...d, dynamics: { ...d.dynamics, [key]: value } }));
  const retired = dyn.deploymentType !== 'webApi';
  const certificate = dyn.oauthType === 'certificate';
  const text = (
    key: Exclude<keyof DynamicsDraft, 'deploymentType' | 'oauthType'>,
    label: string,
    slug: string,
    help: string,
    extra: { required?: boolean; placeholder?: string } = {},
  ) => (
    <TextField
      id={`account-dyn-${slug}`}
      label={label}
      value={dyn[key]}
      onChange={(v) => edit(key, v)}
      error={shown(`dynamics.${key}`)}
      help={help}
      testId={`account-dyn-${slug}`}
      disabled={demo}
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
          {t('dynamics.demoNote')}
        </Callout>
      )}
      <div className="console-form-grid">
        <FormGroup
          label={t('dynamics.deploymentType')}
          labelFor="account-dyn-deployment"
          helperText={shown('dynamics.deploymentType')}
          intent={shown('dynamics.deploymentType') ? Intent.DANGER : Intent.NONE}
        >
          <HTMLSelect
            id="account-dyn-deployment"
            fill
            value={dyn.deploymentType}
            disabled={demo}
            onChange={(e) => edit('deploymentType', deploymentType(e.currentTarget.value))}
            options={dynamicsDeploymentTypes.map((v) => ({
              value: v,
              label:
                v === 'webApi'
                  ? dynamicsDeploymentLabels[v]
                  : t('dynamics.retired', { label: dynamicsDeploymentLabels[v] }),
            }))}
            data-testid="account-dyn-deployment"
          />
        </FormGroup>
        <FormGroup label={t('dynamics.oauthType')} labelFor="account-dyn-oauth">
          <HTMLSelect
            id="account-dyn-oauth"
            fill
            value={dyn.oauthType}
            disabled={demo || retired}
            onChange={(e) => edit('oauthType', oauthType(e.currentTarget.value))}
            options={dynamicsOAuthTypes.map((v) => ({
              value: v,
              label:
                v === 'password' ? t('dynamics.oauth.password') : t('dynamics.oauth.certificate'),
            }))}
            data-testid="account-dyn-oauth"
          />
        </FormGroup>
      </div>
      {retired ? (
        <Callout
          intent={Intent.WARNING}
          icon="warning-sign"
          className="console-callout"
          data-testid="account-dyn-retired"
        >
          {t('dynamics.retiredMessage')}
        </Callout>
      ) : (
        <div className="console-form-grid">
          {text('serverUrl', t('fields.server'), 'server', t('dynamics.serverHelp'), {
            required: true,
            placeholder: 'https://myorg.crm.dynamics.com',
          })}
          {text('authority', t('dynamics.authority'), 'authority', t('dynamics.authorityHelp'), {
            required: true,
            placeholder: 'contoso.onmicrosoft.com',
          })}
          {!certificate &&
            text('account', t('fields.account'), 'account', t('fields.accountHelp'), {
              required: true,
            })}
          {!certificate && secretField('password', t('fields.password'), 'password')}
          {certificate &&
            secretField(
              'privateKey',
              t('dynamics.privateKey'),
              'dyn-private-key',
              t('dynamics.privateKeyHelp'),
            )}
          {certificate &&
            text(
              'customKeyIdentifier',
              t('dynamics.customKey'),
              'custom-key',
              t('dynamics.customKeyHelp'),
              { required: true },
            )}
          {certificate && text('keyId', t('dynamics.keyId'), 'key-id', t('dynamics.keyIdHelp'))}
          {text('clientId', t('fields.clientId'), 'client-id', t('dynamics.clientIdHelp'), {
            required: true,
          })}
          {text(
            'languageCode',
            t('dynamics.languageCode'),
            'language',
            t('dynamics.languageCodeHelp'),
          )}
        </div>
      )}
    </>
  );
}
