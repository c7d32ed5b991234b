import { describe, expect, it } from 'vitest';
import { isConsoleFrame } from './sender-frame';

const origin = 'app://console';
const main = { url: 'app://console/index.html' };

describe('isConsoleFrame', () => {
  it("accepts the window's top frame on the console page", () => {
    expect(isConsoleFrame(main, main, origin)).toBe(true);
  });

  it('refuses a subframe, a missing frame, or the top frame showing another origin', () => {
    expect(isConsoleFrame({ url: 'app://console/index.html' }, main, origin)).toBe(false);
    expect(isConsoleFrame(null, main, origin)).toBe(false);
    const navigated = { url: 'https://evil.example/' };
    expect(isConsoleFrame(navigated, navigated, origin)).toBe(false);
    const broken = { url: 'not a url' };
    expect(isConsoleFrame(broken, broken, origin)).toBe(false);
  });
});
