import type { Session } from 'electron';
import { isOwnExport } from './download-policy';

/**
 * The window's session grants no permission, whether asked (camera, notifications…) or merely
 * checked, and saves no download but the console's own exports.
 */
export function lockDownSession(session: Session, exportsDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, answer) => answer(false));
  session.setPermissionCheckHandler(() => false);
  session.on('will-download', (_event, item) => {
    if (!isOwnExport(item.getURL(), exportsDir)) item.cancel();
  });
}
