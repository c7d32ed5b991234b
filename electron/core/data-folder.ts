/**
 * What the console keeps in its data folder, by name: the services write there and the hosts
 * serve from there (the browser host's downloads, Electron's will-download check).
 */
export const dataFolder = {
  config: 'config.json',
  secretKey: 'secret.key',
  records: 'records.sqlite',
  exports: 'exports',
  /** Files uploaded to be loaded into a table (data explorer import, Data loading (file)). */
  imports: 'imports',
  workflowRuns: 'workflow-runs',
} as const;
