const storageKey = 'crm-console.token';

export interface TokenEnvironment {
  location: { href: string };
  storage: Pick<Storage, 'getItem' | 'setItem'>;
  history: Pick<History, 'replaceState' | 'state'>;
}

/**
 * The browser host prints an address carrying `?token=…`. Keep the token for this tab (so a
 * reload works) and take it out of the address bar, where it would end up in the history.
 */
export function takeConsoleToken(env: TokenEnvironment): string | null {
  const url = new URL(env.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    env.storage.setItem(storageKey, fromUrl);
    url.searchParams.delete('token');
    env.history.replaceState(env.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return env.storage.getItem(storageKey);
}
