/**
 * Which host serves this window. The browser host serves finished exports for download (with
 * the page's token); Electron has no such route, so the window shows where the file was saved.
 */
export type HostInfo = { kind: 'electron' } | { kind: 'browser'; token: string };

/** The address of an export's file, or null where there is none to download from. */
export function exportDownloadUrl(host: HostInfo, exportFile: string): string | null {
  if (host.kind !== 'browser') return null;
  return `/api/exports/${encodeURIComponent(exportFile)}?token=${encodeURIComponent(host.token)}`;
}
