/**
 * The machine's time zone. main.ts sets TZ=UTC so that dates in articles read the same everywhere;
 * it captures the zone first, because `schedule` runs cron in the zone of the person who set it.
 */
let machine: string | null = null;
let captured = false;
let envZone: string | undefined;

/** Keeps TZ as the user set it; the zone itself is worked out only when `schedule` asks (ICU is slow to start). */
export function captureMachineZone(): void {
  if (captured) return;
  captured = true;
  envZone = process.env.TZ;
}

export function machineZone(): string {
  if (machine) return machine;
  // TZ as the user wrote it (ICU may report an older alias, Asia/Calcutta for Asia/Kolkata).
  const fromEnv = envZone?.replace(/^:/, '');
  if (fromEnv && isTimeZone(fromEnv)) return (machine = fromEnv);
  // The machine's own zone: TZ=UTC is lifted for the one question, then set again.
  const now = process.env.TZ;
  if (captured && envZone === undefined) delete process.env.TZ;
  try {
    machine = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } finally {
    if (now !== undefined) process.env.TZ = now;
  }
  return machine;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** 2025-12-01T09:15:00+05:30: a moment as the clock on the wall of `zone` shows it. */
export function formatInZone(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace(/^GMT/, '') || 'Z';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}:${get('second')}${offset}`;
}
