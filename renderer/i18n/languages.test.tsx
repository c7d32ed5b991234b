import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionStatus } from '../../shared/domain/session';
import type { Language } from '../../shared/i18n/languages';
import { LogonForm } from '../logon/logon-form';
import { TopNavbar } from '../shell/top-navbar';
import { consoleHarness } from '../test-support/render-with-stores';
import { consoleI18n, machineLanguage, switchLanguage } from './console-i18n';
import { formatNumber, formatRows } from './formats';
import { LanguageSync } from './language-sync';

const loggedOn = (language?: Language): SessionStatus => ({
  setUp: true,
  instance: { internalName: 'acme_prod' },
  operator: { name: 'admin', label: 'Administrator', ...(language ? { language } : {}) },
});

afterEach(() => {
  switchLanguage('en');
  window.localStorage.clear();
});

describe('the console in four languages', () => {
  it('shows the logon screen in the language picked on it, and keeps it for the next time', async () => {
    const harness = consoleHarness();
    harness.stores.session.setState({ status: { ...loggedOn(), operator: null } });
    const { user } = harness.render(<LogonForm />);
    expect(screen.getByRole('button', { name: 'Log on' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français');
    expect(screen.getByRole('heading', { name: 'Connexion' })).toBeInTheDocument();
    expect(screen.getByLabelText('Opérateur')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Se connecter' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(machineLanguage()).toBe('fr');
  });

  it('keeps the language chosen in Settings with the operator, and redraws in it', async () => {
    const harness = consoleHarness({
      'session.setLanguage': ({ language }) => loggedOn(language),
    });
    harness.stores.session.setState({ status: loggedOn() });
    const { user } = harness.render(<TopNavbar explorerToggle={null} />);

    await user.click(screen.getByRole('button', { name: 'Settings' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Italiano');

    expect(harness.callsTo('session.setLanguage').map((c) => c.arg)).toEqual([{ language: 'it' }]);
    expect(await screen.findByRole('button', { name: 'Disconnetti' })).toBeInTheDocument();
    expect(harness.stores.session.getState().status?.operator?.language).toBe('it');
  });

  it('speaks the language kept with the operator once they log on', () => {
    const harness = consoleHarness();
    harness.stores.session.setState({ status: loggedOn('nl') });
    harness.render(<LanguageSync />);
    expect(consoleI18n.language).toBe('nl');
  });

  it('writes numbers and row counts as the language does', () => {
    switchLanguage('fr');
    expect(formatRows(1)).toBe('1 ligne');
    expect(formatRows(10000)).toBe('10\u202f000 lignes');
    switchLanguage('nl');
    expect(formatNumber(1234567)).toBe('1.234.567');
    switchLanguage('en');
    expect(formatRows(10000)).toBe('10,000 rows');
  });
});
