import type { Locator, Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';

/** The "First start" form: instance internal name and the admin operator's password. */
export class FirstStartScreen {
  readonly instanceName: Locator;
  readonly password: Locator;
  readonly confirmPassword: Locator;
  readonly confirmError: Locator;
  readonly error: Locator;
  private readonly window: ConsoleWindow;

  constructor(page: Page) {
    this.window = new ConsoleWindow(page);
    this.instanceName = page.getByTestId('setup-instance-name');
    this.password = page.getByTestId('setup-password');
    this.confirmPassword = page.getByTestId('setup-confirm-password');
    this.confirmError = page.getByTestId('setup-confirm-password-error');
    this.error = page.getByTestId('setup-error');
  }

  async fill(instanceName: string, password: string, confirm = password): Promise<void> {
    await this.window.expectState('setup');
    await this.instanceName.fill(instanceName);
    await this.password.fill(password);
    await this.confirmPassword.fill(confirm);
  }

  async submit(): Promise<void> {
    await this.window.root.getByTestId('setup-submit').click();
  }

  /** Creates the instance and waits for the logon screen. */
  async createInstance(instanceName: string, password: string): Promise<void> {
    await this.fill(instanceName, password);
    await this.submit();
    await this.window.expectState('logon');
  }
}
