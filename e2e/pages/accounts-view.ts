import { expect, type Locator, type Page } from '@playwright/test';
import { ConfigurationWizard } from './accounts-wizard';
import { EnumerationSyncDialog } from './accounts-enumeration-sync';
import { ConsoleWindow } from './console-window';
import { ExplorerTree } from './explorer-tree';

export interface AccountFields {
  label?: string;
  name?: string;
  account?: string;
  clientId?: string;
  serverUrl?: string;
  password?: string;
  clientSecret?: string;
  securityToken?: string;
}

/** The Oracle On Demand section of the form. */
export interface OracleFields {
  account?: string;
  serverUrl?: string;
  password?: string;
  apiVersion?: 'v2.0' | 'v1.0';
  timeZone?: string;
}

/** A Microsoft Dynamics CRM account, Web API deployment, with one of its CRM O-Auth types. */
export type DynamicsAccountFields = {
  label: string;
  name: string;
  serverUrl: string;
  authority: string;
  clientId: string;
} & (
  | { oauthType: 'password'; account: string; password: string }
  | { oauthType: 'certificate'; privateKey: string; customKeyIdentifier: string }
);

export type SecretTestId =
  | 'account-password'
  | 'account-client-secret'
  | 'account-security-token'
  | 'account-dyn-private-key';

/** A write-only secret of the form: its box, its Set / Not set tag and its actions. */
export class SecretBox {
  readonly input: Locator;
  readonly state: Locator;
  readonly change: Locator;
  readonly clear: Locator;
  readonly undo: Locator;

  constructor(form: Locator, testId: SecretTestId) {
    this.input = form.getByTestId(testId);
    this.state = form.getByTestId(`${testId}-state`);
    this.change = form.getByTestId(`${testId}-change`);
    this.clear = form.getByTestId(`${testId}-clear`);
    this.undo = form.getByTestId(`${testId}-undo`);
  }

  /** Types a value: in an unset box at once, in a set one after Change. */
  async type(value: string): Promise<void> {
    if (await this.change.isVisible()) await this.change.click();
    await this.input.fill(value);
  }
}

/** Administration > Platform > External accounts: the list, the form and its Configuration block. */
export class ExternalAccountsView extends ConsoleWindow {
  readonly view: Locator;
  readonly rows: Locator;
  readonly form: Locator;
  readonly label: Locator;
  readonly name: Locator;
  readonly account: Locator;
  readonly clientId: Locator;
  readonly serverUrl: Locator;
  readonly serverUrlError: Locator;
  readonly formError: Locator;
  readonly password: SecretBox;
  readonly clientSecret: SecretBox;
  readonly securityToken: SecretBox;
  readonly type: Locator;
  readonly oracle: {
    account: Locator;
    serverUrl: Locator;
    serverUrlError: Locator;
    apiVersion: Locator;
    timeZone: Locator;
  };
  readonly configStatus: Locator;
  readonly demoNote: Locator;
  readonly testResult: Locator;
  readonly wizardLink: Locator;
  readonly syncLink: Locator;
  readonly wizard: ConfigurationWizard;
  readonly sync: EnumerationSyncDialog;
  /** The Microsoft Dynamics CRM fields (Password is the shared `password` box). */
  readonly dynamics: {
    deployment: Locator;
    oauthType: Locator;
    retired: Locator;
    server: Locator;
    authority: Locator;
    account: Locator;
    clientId: Locator;
    customKeyIdentifier: Locator;
    privateKey: SecretBox;
  };

  constructor(page: Page) {
    super(page);
    this.view = page.getByTestId('view-external-accounts');
    this.rows = page.getByTestId('account-row');
    this.form = page.getByTestId('account-form');
    this.label = this.form.getByTestId('account-label');
    this.name = this.form.getByTestId('account-name');
    this.account = this.form.getByTestId('account-sf-account');
    this.clientId = this.form.getByTestId('account-client-id');
    this.serverUrl = this.form.getByTestId('account-server-url');
    this.serverUrlError = this.form.getByTestId('account-server-url-error');
    this.formError = this.form.getByTestId('account-form-error');
    this.password = new SecretBox(this.form, 'account-password');
    this.clientSecret = new SecretBox(this.form, 'account-client-secret');
    this.securityToken = new SecretBox(this.form, 'account-security-token');
    this.type = this.form.getByTestId('account-type');
    this.oracle = {
      account: this.form.getByTestId('account-ora-account'),
      serverUrl: this.form.getByTestId('account-ora-server'),
      serverUrlError: this.form.getByTestId('account-ora-server-error'),
      apiVersion: this.form.getByTestId('account-ora-api-version'),
      timeZone: this.form.getByTestId('account-ora-time-zone'),
    };
    this.configStatus = this.form.getByTestId('account-config-status');
    this.demoNote = this.form.getByTestId('account-demo-note');
    this.testResult = this.form.getByTestId('account-test-result');
    this.wizardLink = this.form.getByTestId('account-wizard-link');
    this.syncLink = this.form.getByTestId('account-sync-link');
    this.wizard = new ConfigurationWizard(page);
    this.sync = new EnumerationSyncDialog(page);
    this.dynamics = {
      deployment: this.form.getByTestId('account-dyn-deployment'),
      oauthType: this.form.getByTestId('account-dyn-oauth'),
      retired: this.form.getByTestId('account-dyn-retired'),
      server: this.form.getByTestId('account-dyn-server'),
      authority: this.form.getByTestId('account-dyn-authority'),
      account: this.form.getByTestId('account-dyn-account'),
      clientId: this.form.getByTestId('account-dyn-client-id'),
      customKeyIdentifier: this.form.getByTestId('account-dyn-custom-key'),
      privateKey: new SecretBox(this.form, 'account-dyn-private-key'),
    };
  }

  /** Opens the node from the explorer. */
  async show(): Promise<this> {
    await new ExplorerTree(this.page).openPath('platform', 'external-accounts');
    await expect(this.view).toBeVisible();
    return this;
  }

  row(name: string): Locator {
    return this.page.locator(`[data-testid="account-row"][data-name="${name}"]`);
  }

  /** Flips the Enabled switch of a row in the list (Enable/Disable at once). */
  async toggleEnabled(name: string): Promise<void> {
    // Blueprint's switch sits on the hidden input: click its label.
    await this.row(name).getByTestId('account-row-enabled').locator('..').click();
  }

  async open(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.name).toHaveValue(name);
  }

  async startNew(): Promise<void> {
    await this.page.getByTestId('accounts-new').click();
    await expect(this.form).toContainText('New external account');
  }

  async fill(fields: AccountFields): Promise<void> {
    if (fields.label !== undefined) await this.label.fill(fields.label);
    if (fields.name !== undefined) await this.name.fill(fields.name);
    if (fields.account !== undefined) await this.account.fill(fields.account);
    if (fields.clientId !== undefined) await this.clientId.fill(fields.clientId);
    if (fields.serverUrl !== undefined) await this.serverUrl.fill(fields.serverUrl);
    if (fields.password !== undefined) await this.password.type(fields.password);
    if (fields.clientSecret !== undefined) await this.clientSecret.type(fields.clientSecret);
    if (fields.securityToken !== undefined) await this.securityToken.type(fields.securityToken);
  }

  /** A new account's Oracle On Demand fields, the type chosen first. */
  async fillOracle(fields: OracleFields): Promise<void> {
    await this.type.selectOption('oracle');
    if (fields.account !== undefined) await this.oracle.account.fill(fields.account);
    if (fields.serverUrl !== undefined) await this.oracle.serverUrl.fill(fields.serverUrl);
    if (fields.password !== undefined) await this.password.type(fields.password);
    if (fields.apiVersion !== undefined)
      await this.oracle.apiVersion.selectOption(fields.apiVersion);
    if (fields.timeZone !== undefined) await this.oracle.timeZone.fill(fields.timeZone);
  }

  /** Fills a new Microsoft Dynamics CRM account: the type and O-Auth type, then their fields. */
  async fillDynamics(fields: DynamicsAccountFields): Promise<void> {
    const type = this.form.getByTestId('account-type');
    await type.selectOption({ label: 'Microsoft Dynamics CRM' });
    await expect(type).toHaveValue('dynamics');
    await this.label.fill(fields.label);
    await this.name.fill(fields.name);
    const dyn = this.dynamics;
    await dyn.oauthType.selectOption(fields.oauthType);
    await dyn.server.fill(fields.serverUrl);
    await dyn.authority.fill(fields.authority);
    await dyn.clientId.fill(fields.clientId);
    if (fields.oauthType === 'password') {
      await dyn.account.fill(fields.account);
      await this.password.type(fields.password);
    } else {
      await dyn.privateKey.type(fields.privateKey);
      await dyn.customKeyIdentifier.fill(fields.customKeyIdentifier);
    }
  }

  async save(): Promise<void> {
    await this.form.getByTestId('account-save').click();
  }

  /** Saves and waits for the form to show what the service kept (its revision moves). */
  async saveAndConfirm(name: string): Promise<void> {
    const before = await this.form.getAttribute('data-revision');
    await this.save();
    await expect(this.form).not.toHaveAttribute('data-revision', before ?? '');
    await expect(this.name).toHaveValue(name);
    await expect(this.toast(`External account '${name}' saved.`)).toBeVisible();
  }

  /** Clicks Test connection and waits for its answer, whichever it is. */
  async testConnection(): Promise<void> {
    await this.form.getByTestId('account-test-connection').click();
    await expect(this.testResult).toBeVisible({ timeout: 30_000 });
  }

  testFact(fact: 'organization' | 'user' | 'instance' | 'api-version' | 'time-zone'): Locator {
    return this.testResult.getByTestId(`account-test-${fact}`);
  }

  async openWizard(): Promise<ConfigurationWizard> {
    await this.wizardLink.click();
    await expect(this.wizard.dialog).toBeVisible();
    return this.wizard;
  }

  async openSync(): Promise<EnumerationSyncDialog> {
    await this.syncLink.click();
    await expect(this.sync.body).toHaveAttribute('data-state', 'ready', { timeout: 20_000 });
    return this.sync;
  }
}
