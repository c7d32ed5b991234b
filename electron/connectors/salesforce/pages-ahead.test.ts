import { describe, expect, it } from 'vitest';
import { PagesAhead } from './pages-ahead';

/** A reader that records the locators asked for and answers each with its own name. */
function recordingReader() {
  const asked: string[] = [];
  return { asked, read: (locator: string) => (asked.push(locator), Promise.resolve(locator)) };
}

describe('PagesAhead', () => {
  it('asks for the pages after a locator in advance, never the last one, and gives them in order', async () => {
    const { asked, read } = recordingReader();
    const ahead = new PagesAhead(read, 3);
    expect(await ahead.take('/q/01g-2000', null, 10_000)).toBe('/q/01g-2000');
    expect(asked).toEqual(['/q/01g-2000', '/q/01g-4000', '/q/01g-6000']);
    expect(await ahead.take('/q/01g-4000', '/q/01g-2000', 10_000)).toBe('/q/01g-4000');
    expect(await ahead.take('/q/01g-6000', '/q/01g-4000', 10_000)).toBe('/q/01g-6000');
    // The page at 8,000 is the last: asked for only when it is the one wanted.
    expect(asked).toEqual(['/q/01g-2000', '/q/01g-4000', '/q/01g-6000']);
    expect(await ahead.take('/q/01g-8000', '/q/01g-6000', 10_000)).toBe('/q/01g-8000');
    expect(asked.at(-1)).toBe('/q/01g-8000');
  });

  it('drops the pages read ahead when a page names another next locator than predicted', async () => {
    const { asked, read } = recordingReader();
    const ahead = new PagesAhead(read, 2);
    await ahead.take('/q/01g-2000', null, 100_000);
    expect(asked).toEqual(['/q/01g-2000', '/q/01g-4000', '/q/01g-6000']);
    // The org answered 1,500 records: the next page starts at 3,500, not 4,000.
    expect(await ahead.take('/q/01g-3500', '/q/01g-2000', 100_000)).toBe('/q/01g-3500');
    expect(asked.slice(3)).toEqual(['/q/01g-3500', '/q/01g-5000', '/q/01g-6500']);
  });

  it('reads one page at a time when a locator carries no offset', async () => {
    const { asked, read } = recordingReader();
    const ahead = new PagesAhead(read, 4);
    expect(await ahead.take('opaque', null, 100_000)).toBe('opaque');
    expect(asked).toEqual(['opaque']);
  });

  it('leaves no failure of a page read ahead unhandled', async () => {
    const ahead = new PagesAhead(
      (locator) =>
        locator.endsWith('-2000')
          ? Promise.resolve(locator)
          : Promise.reject(new Error(`no ${locator}`)),
      2,
    );
    expect(await ahead.take('/q/01g-2000', null, 100_000)).toBe('/q/01g-2000');
    await expect(ahead.take('/q/01g-4000', '/q/01g-2000', 100_000)).rejects.toThrow(
      'no /q/01g-4000',
    );
  });
});
