import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` while `ticking`: for an elapsed-time display. */
export function useNow(ticking: boolean, everyMs = 500): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!ticking) return;
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [ticking, everyMs]);
  return now;
}
