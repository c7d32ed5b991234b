interface Frame {
  url: string;
}

/**
 * A call is accepted only from the console window's own top frame showing the console's page:
 * never from a subframe, another window, or a page that navigated elsewhere.
 */
export function isConsoleFrame<F extends Frame>(
  sender: F | null,
  mainFrame: F,
  origin: string,
): boolean {
  if (sender === null || sender !== mainFrame) return false;
  try {
    // URL.origin is "null" for custom schemes such as app://, so compare scheme and host.
    const url = new URL(sender.url);
    return `${url.protocol}//${url.host}` === origin;
  } catch {
    return false;
  }
}
