import type { CalendarPeriod, CalendarWindow } from "./CalendarWindow.js";

/** The JSON form of a {@link CostBudget}. */
export interface CostBudgetState {
  period: CalendarPeriod | null;
  spentUsd: number;
  exhaustedAt: number | null;
}

/** Spend in the current period against a budget, with a linear run-out forecast. */
export interface BudgetStatus {
  unit: "day" | "week";
  period: string;
  start: string;
  end: string;
  spentUsd: number;
  budgetUsd: number | null;
  remainingUsd: number | null;
  burnUsdPerHour: number | null;
  /** Spend at the end of the period if the burn rate so far continues. */
  projectedUsd: number | null;
  /** When the budget runs out at the current burn rate, if before the period ends. */
  runsOutAt: string | null;
  exhaustedAt: string | null;
}

const HOUR = 3_600_000;
const iso = (t: number): string => new Date(t).toISOString();

/**
 * Cost spent in the current calendar day or week (in the configured time zone). Spend that
 * arrives for an earlier period than the current one (late, out-of-order logs) counts in the
 * totals but not against the current budget.
 *
 * @example
 * const daily = new CostBudget(new CalendarWindow("day", "America/New_York"), 50);
 * daily.add(Date.parse("2026-03-08T15:00:00Z"), 1.25);
 * daily.status(Date.parse("2026-03-08T16:00:00Z")).runsOutAt;
 */
export class CostBudget {
  #period: CalendarPeriod | null = null;
  spentUsd = 0;
  exhaustedAt: number | null = null;

  constructor(
    readonly window: CalendarWindow,
    readonly budgetUsd: number | undefined,
  ) {}

  add(t: number, usd: number): void {
    const p = this.#period;
    if (p !== null && t < p.start) return;
    if (p === null || t >= p.end) this.#roll(this.window.periodOf(t));
    this.spentUsd += usd;
    if (this.exhaustedAt === null && this.budgetUsd !== undefined && this.spentUsd >= this.budgetUsd) {
      this.exhaustedAt = t;
    }
  }

  status(now: number): BudgetStatus {
    const p = this.#period;
    const current = p !== null && now >= p.start && now < p.end ? p : this.window.periodOf(now);
    const spent = current === p ? this.spentUsd : 0;
    const exhaustedAt = current === p ? this.exhaustedAt : null;
    const elapsed = now - current.start;
    const burn = elapsed > 0 ? spent / elapsed : null;
    const budget = this.budgetUsd ?? null;
    let runsOutAt: string | null = null;
    if (budget !== null && burn !== null && burn > 0 && spent < budget) {
      const t = now + (budget - spent) / burn;
      if (t < current.end) runsOutAt = iso(t);
    }
    return {
      unit: this.window.unit,
      period: current.key,
      start: iso(current.start),
      end: iso(current.end),
      spentUsd: spent,
      budgetUsd: budget,
      remainingUsd: budget === null ? null : budget - spent,
      burnUsdPerHour: burn === null ? null : burn * HOUR,
      projectedUsd: burn === null ? null : spent + burn * (current.end - now),
      runsOutAt,
      exhaustedAt: exhaustedAt === null ? null : iso(exhaustedAt),
    };
  }

  /** Adds another instance's spend when it is for the same period; the later period wins otherwise. */
  merge(other: CostBudgetState): void {
    const p = other.period;
    if (p === null) return;
    if (this.#period === null || p.start > this.#period.start) {
      this.#period = p;
      this.spentUsd = other.spentUsd;
      this.exhaustedAt = other.exhaustedAt;
    } else if (p.start === this.#period.start) {
      this.spentUsd += other.spentUsd;
      // Each side knows only when it crossed its own budget; the earliest known crossing is kept.
      const known = [this.exhaustedAt, other.exhaustedAt].filter((x): x is number => x !== null);
      this.exhaustedAt = known.length > 0 ? Math.min(...known) : null;
    }
  }

  toJSON(): CostBudgetState {
    return { period: this.#period, spentUsd: this.spentUsd, exhaustedAt: this.exhaustedAt };
  }

  restore(state: CostBudgetState): this {
    this.#period = state.period;
    this.spentUsd = state.spentUsd;
    this.exhaustedAt = state.exhaustedAt;
    return this;
  }

  #roll(period: CalendarPeriod): void {
    this.#period = period;
    this.spentUsd = 0;
    this.exhaustedAt = null;
  }
}
