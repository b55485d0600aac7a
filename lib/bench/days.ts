// Dates as whole days since 1970-01-01 (UTC): cheap to compare and shift while
// generating a million claims; formatted once per distinct day.

const MS_PER_DAY = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const isoCache = new Map<number, string>();

export function dayOf(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoDay(day: number): string {
  let iso = isoCache.get(day);
  if (!iso) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

/** "3 March 2015", as reports write dates. */
export function spokenDay(day: number): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
