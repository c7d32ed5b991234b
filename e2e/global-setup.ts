import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { electronBinary } from './fixtures/electron-binary';
import { builtFiles, e2eTarget, repoRoot } from './fixtures/paths';

/** The suite drives the built console: say so plainly when it is not built. */
export default function globalSetup(): void {
  const needed = [
    builtFiles.renderer,
    e2eTarget === 'electron' ? builtFiles.main : builtFiles.start,
    builtFiles.seedRecipients,
    builtFiles.sqliteWorker,
    builtFiles.sandboxWorker,
  ];
  const missing = needed.filter((file) => !existsSync(file));
  if (e2eTarget === 'electron') electronBinary();
  if (missing.length > 0)
    throw new Error(
      `The console is not built (missing ${missing.map((f) => relative(repoRoot, f)).join(', ')}). Run \`npm run build\` first.`,
    );
}
