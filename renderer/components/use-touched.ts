import { useCallback, useState } from 'react';

/**
 * Which fields show their validation message: those the administrator has typed in, or all of
 * them once a save was attempted, so a fresh form does not open covered in red.
 */
export function useTouched<F extends string>() {
  const [touched, setTouched] = useState<ReadonlySet<F>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const touch = useCallback(
    (field: F) => setTouched((prev) => (prev.has(field) ? prev : new Set(prev).add(field))),
    [],
  );
  const shows = (field: F) => attempted || touched.has(field);
  return { touch, shows, attempt: () => setAttempted(true) };
}
