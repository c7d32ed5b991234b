// Set-up of the renderer's component tests (the `renderer-dom` project, under jsdom).
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Testing Library unmounts by itself only where the test globals exist; ours are imported.
afterEach(cleanup);
