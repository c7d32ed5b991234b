/** The instance every spec (and the explorer benchmark) creates on its fresh data folder. */
export const adminPassword = 'Admin-pass-2026';
export const instanceName = 'acme_prod';
