import { useEffect } from 'react';
import { FirstStartForm } from '../logon/first-start-form';
import { LogonForm } from '../logon/logon-form';
import { LanguageSync } from '../i18n/language-sync';
import { MainLayout } from '../shell/main-layout';
import { useConnection, useSession } from '../stores/stores-context';
import { AppFrame } from './app-frame';
import { appStateOf } from './app-state';
import { ExpiredScreen } from './expired-screen';
import { UnreachableScreen } from './unreachable-screen';

export function App() {
  const expired = useConnection((s) => s.expired);
  const status = useSession((s) => s.status);
  const loadError = useSession((s) => s.loadError);
  const load = useSession((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  const state = appStateOf(expired, status);
  return (
    <AppFrame state={state}>
      <LanguageSync />
      {state === 'expired' && <ExpiredScreen />}
      {state === 'loading' && <UnreachableScreen error={loadError} onRetry={() => void load()} />}
      {state === 'setup' && <FirstStartForm />}
      {state === 'logon' && <LogonForm />}
      {state === 'ready' && <MainLayout />}
    </AppFrame>
  );
}
