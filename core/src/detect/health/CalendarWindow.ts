/** A calendar period in a time zone: `[start, end)` in epoch ms and its local label. */
export interface CalendarPeriod {
  /** Local date of the period's first day, `YYYY-MM-DD`. */
  key: string;
  start: number;
  end: number;
}

const DAY = 86_400_000;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * Calendar days or weeks in an IANA time zone. The local date comes from `Intl.DateTimeFormat`;
 * a period's boundaries are found by bisecting on the instant where that date changes, so DST
 * (23- and 25-hour days) and odd offsets need no time-zone arithmetic of our own. Bisection runs
 * only when a timestamp leaves the cached period, so the per-call cost is two comparisons.
 *
 * @example
 * const days = new CalendarWindow("day", "Europe/Berlin");
 * days.periodOf(Date.parse("2026-10-25T12:00:00Z")); // { key: "2026-10-25", start, end } (25 h)
 */
export class CalendarWindow {
  readonly #format: Intl.DateTimeFormat;
  #cached: CalendarPeriod | undefined;

  constructor(
    readonly unit: "day" | "week",
    readonly timeZone: string,
    readonly weekStartsOn: "monday" | "sunday" = "monday",
  ) {
    this.#format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      weekday: "short",
    });
  }

  periodOf(t: number): CalendarPeriod {
    const c = this.#cached;
    if (c !== undefined && t >= c.start && t < c.end) return c;
    const key = this.keyOf(t);
    const span = this.unit === "day" ? 2 * DAY : 8 * DAY;
    const period = { key, start: this.#firstWith(key, t - span, t), end: this.#firstAfter(key, t, t + span) };
    this.#cached = period;
    return period;
  }

  /** The local date of the period containing `t`. */
  keyOf(t: number): string {
    let year = 0;
    let month = 0;
    let day = 0;
    let weekday = 0;
    for (const part of this.#format.formatToParts(t)) {
      if (part.type === "year") year = Number(part.value);
      else if (part.type === "month") month = Number(part.value);
      else if (part.type === "day") day = Number(part.value);
      else if (part.type === "weekday") weekday = WEEKDAYS.indexOf(part.value);
    }
    const back = this.unit === "day" ? 0 : this.weekStartsOn === "monday" ? (weekday + 6) % 7 : weekday;
    // Pure calendar arithmetic on a local date (no instant involved): step back to the week's first day.
    return new Date(Date.UTC(year, month - 1, day - back)).toISOString().slice(0, 10);
  }

  // Smallest instant in (lo, hi] whose key is `key` (the key at hi is `key`).
  #firstWith(key: string, lo: number, hi: number): number {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.keyOf(mid) === key) hi = mid;
      else lo = mid;
    }
    return hi;
  }

  // Smallest instant in (lo, hi] whose key differs from `key` (the key at lo is `key`).
  #firstAfter(key: string, lo: number, hi: number): number {
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      if (this.keyOf(mid) === key) lo = mid;
      else hi = mid;
    }
    return hi;
  }
}
