/**
 * The first local time `HH:mm` at or after `from` (epoch ms). Built with local-date setters so
 * that a day with a daylight-saving change still lands on the wall-clock time.
 */
export function nextDailyOccurrence(time: string, from: number): number {
  const [hours, minutes] = time.split(':').map(Number);
  const at = new Date(from);
  at.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  if (at.getTime() < from) {
    at.setDate(at.getDate() + 1);
    at.setHours(hours ?? 0, minutes ?? 0, 0, 0);
  }
  return at.getTime();
}
