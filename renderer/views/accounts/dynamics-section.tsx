import { Callout, FormGroup, HTMLSelect, Intent } from '@blueprintjs/core';
import {
  dynamicsDeploymentLabels,
  dynamicsDeploymentTypes,
  dynamicsOAuthLabels,
  dynamicsOAuthTypes,
  retiredDeploymentMessage,
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
          This account points at the console&apos;s built-in Microsoft Dynamics 365 emulator and its
          identity service, started when it is first used. Its connection fields are informational:
          the emulator supplies its own address and credentials.
        </Callout>
      )}
      <div className="console-form-grid">
        <FormGroup
          label="Deployment type"
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
                  : `${dynamicsDeploymentLabels[v]} (retired)`,
            }))}
            data-testid="account-dyn-deployment"
          />
        </FormGroup>
        <FormGroup label="CRM O-Auth type" labelFor="account-dyn-oauth">
          <HTMLSelect
            id="account-dyn-oauth"
            fill
            value={dyn.oauthType}
            disabled={demo || retired}
            onChange={(e) => edit('oauthType', oauthType(e.currentTarget.value))}
            options={dynamicsOAuthTypes.map((v) => ({ value: v, label: dynamicsOAuthLabels[v] }))}
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
          {retiredDeploymentMessage}
        </Callout>
      ) : (
        <div className="console-form-grid">
          {text('serverUrl', 'Server', 'server', 'The organization address, https only.', {
            required: true,
            placeholder: 'https://myorg.crm.dynamics.com',
          })}
          {text(
            'authority',
            'Tenant / authority',
            'authority',
            'The tenant (id or domain) or the full authority address: an on-premise server names its AD FS.',
            { required: true, placeholder: 'contoso.onmicrosoft.com' },
          )}
          {!certificate &&
            text('account', 'Account', 'account', 'The user name the console logs in as.', {
              required: true,
            })}
          {!certificate && secretField('password', 'Password', 'password')}
          {certificate &&
            secretField(
              'privateKey',
              'Private key (Base64 encoded)',
              'dyn-private-key',
              "The certificate's private key, PEM or its Base64 body.",
            )}
          {certificate &&
            text(
              'customKeyIdentifier',
              'Custom key identifier',
              'custom-key',
              "The certificate's thumbprint, as the application registration shows it.",
              { required: true },
            )}
          {certificate &&
            text('keyId', 'Key ID', 'key-id', "The key's id in the application registration.")}
          {text(
            'clientId',
            'Client identifier',
            'client-id',
            'The application (client) id registered in the tenant.',
            { required: true },
          )}
          {text(
            'languageCode',
            'Language code',
            'language',
            'Option set labels are read in this language (1033: English).',
          )}
        </div>
      )}
    </>
  );
}
