import { expect, type Locator, type Page } from '@playwright/test';
import { ConsoleWindow } from './console-window';

/** The logon form: Operator (prefilled admin) and Password. */
export class LogonScreen {
  readonly operator: Locator;
  readonly password: Locator;
  readonly error: Locator;
  readonly instance: Locator;
  readonly submit: Locator;
  private readonly window: ConsoleWindow;

  constructor(page: Page) {
    this.window = new ConsoleWindow(page);
    this.operator = page.getByTestId('logon-operator');
    this.password = page.getByTestId('logon-password');
    this.error = page.getByTestId('logon-error');
    this.instance = page.getByTestId('logon-instance');
    this.submit = page.getByTestId('logon-submit');
  }

  /** Types the credentials, clicks Log on and waits for the answer, whichever it is. */
  async attempt(password: string, operator = 'admin'): Promise<void> {
    await this.window.expectState('logon');
    await this.operator.fill(operator);
    await this.password.fill(password);
    await this.submit.click();
    // The button spins from the click (React renders a click's update at once) to the answer;
    // after a successful logon it is gone, which counts as an answer too.
    await expect(this.submit.and(this.window.page.locator('.bp6-loading'))).toHaveCount(0);
  }

  async logOn(password: string, operator = 'admin'): Promise<void> {
    await this.attempt(password, operator);
    await this.window.expectState('ready');
  }
}
