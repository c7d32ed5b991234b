/**
 * Oracle's check of e-mail fields ("Validation of Email Fields" in the Web Services On Demand
 * Guide): one `@` with something before it, a domain with a suffix, no spaces or consecutive
 * periods, the local part in letters, digits and ``!#$%&'*+-/=?^_`{|}~.``, the domain in
 * letters, digits and hyphens.
 */
const localPart = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]+$/;
const domainLabel = /^[A-Za-z0-9-]+$/;

export function isOracleEmail(text: string): boolean {
  if (text.includes('..')) return false;
  const parts = text.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  if (!localPart.test(local)) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => domainLabel.test(label));
}
