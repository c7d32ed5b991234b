/** The names `exportCsv` gives its files, `<table>-<yyyymmdd>-<hhmmss>.csv`: no separator, no dot-dot. */
const exportFileName = /^[A-Za-z0-9_]+-\d{8}-\d{6}\.csv$/;

/** Whether a name is one of the console's own CSV exports (and so safe to serve or save). */
export function isExportFileName(name: string): boolean {
  return exportFileName.test(name);
}
