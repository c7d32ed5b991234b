import '@blueprintjs/core/lib/css/blueprint.css';
import '@blueprintjs/icons/lib/css/blueprint-icons.css';
import '@blueprintjs/table/lib/css/table.css';
import './styles/console.css';
import './styles/logon.css';
import './styles/shell.css';
import './styles/views.css';
import './styles/data-grid.css';
import './styles/crm.css';
import '@xyflow/react/dist/style.css';
import './styles/workflows.css';
import { BlueprintProvider } from '@blueprintjs/core';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { createConsoleClient } from './api/console-client';
import { App } from './app/app';
import { AppFrame } from './app/app-frame';
import { ExpiredScreen } from './app/expired-screen';
import { toastNotifier } from './app/toaster';
import { installBridge } from './bridge/install-bridge';
import { initConsoleI18n, machineLanguage, switchLanguage } from './i18n/console-i18n';
import { createConnectionStore } from './stores/connection-store';
import { createConsoleStores } from './stores/console-stores';
import { connectEventFeed } from './stores/event-feed';
import { StoresProvider } from './stores/stores-context';

// The composition root of the window: bridge, typed client, stores, event feed, React.
const language = machineLanguage();
initConsoleI18n(language);
switchLanguage(language);
const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);

const connection = createConnectionStore();
const choice = installBridge(() => connection.getState().markExpired());

if (choice.kind === 'no-token') {
  root.render(
    <AppFrame state="expired">
      <ExpiredScreen />
    </AppFrame>,
  );
} else {
  const stores = createConsoleStores(
    createConsoleClient(choice.bridge),
    toastNotifier,
    connection,
    choice.host,
  );
  connectEventFeed(choice.bridge, stores);
  // Hash routes: the same addresses in the browser host and in Electron's file-less window.
  const router = createHashRouter([{ path: '*', element: <App /> }]);
  root.render(
    <StrictMode>
      <BlueprintProvider>
        <StoresProvider stores={stores}>
          <RouterProvider router={router} />
        </StoresProvider>
      </BlueprintProvider>
    </StrictMode>,
  );
}
