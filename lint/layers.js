// The console's layers (ARCHITECTURE.md), as eslint-plugin-boundaries elements and policies.
// Each layer imports only the layers listed for it; tests, test support, benches and e2e specs
// may import anything.

/** Layer → the folder it is, in the order of the picture: top first. */
export const layers = [
  { type: 'hosts', pattern: ['electron/shell', 'electron/browser-host', 'electron/cli'] },
  { type: 'wiring', pattern: 'electron/wiring' },
  { type: 'services', pattern: 'electron/services' },
  { type: 'connectors', pattern: 'electron/connectors' },
  { type: 'storage', pattern: 'electron/storage' },
  { type: 'core', pattern: 'electron/core' },
  { type: 'emulators', pattern: 'emulators' },
  { type: 'renderer', pattern: 'renderer' },
  { type: 'shared', pattern: 'shared' },
];

/** Layer → the layers it may import (itself included). */
export const allowedImports = {
  hosts: ['hosts', 'wiring', 'services', 'connectors', 'storage', 'core', 'shared'],
  wiring: ['wiring', 'services', 'connectors', 'storage', 'core', 'shared', 'emulators'],
  services: ['services', 'connectors', 'storage', 'core', 'shared'],
  connectors: ['connectors', 'core', 'shared'],
  storage: ['storage', 'core', 'shared'],
  core: ['core', 'shared'],
  emulators: ['emulators', 'core', 'shared'],
  renderer: ['renderer', 'shared'],
  shared: ['shared'],
};

export const layerMessage =
  'Layers (ARCHITECTURE.md): hosts → wiring → services → connectors, storage → core → shared; emulators beside the console, reached only through wiring; the renderer imports only shared.';
