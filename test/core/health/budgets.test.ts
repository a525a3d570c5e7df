import { CalendarWindow, CostBudget, Monitor } from "@airr/core";
import { describe, expect, it } from "vitest";
import { SALT } from "./streams.js";

const HOUR = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe("calendar windows in a time zone", () => {
  it("knows the 23-hour spring-forward day in New York", () => {
    const days = new CalendarWindow("day", "America/New_York");

    const p = days.periodOf(at("2026-03-08T12:00:00Z"));

    expect(p).toEqual({ key: "2026-03-08", start: at("2026-03-08T05:00:00Z"), end: at("2026-03-09T04:00:00Z") });
    expect((p.end - p.start) / HOUR).toBe(23);
  });

  it("knows the 25-hour fall-back day in Berlin and weeks starting Monday or Sunday", () => {
    const days = new CalendarWindow("day", "Europe/Berlin");
    const mondays = new CalendarWindow("week", "Europe/Berlin", "monday");
    const sundays = new CalendarWindow("week", "Europe/Berlin", "sunday");
    const t = at("2026-10-25T12:00:00Z"); // a Sunday

    const day = days.periodOf(t);
    const week = mondays.periodOf(t);
    const usWeek = sundays.periodOf(t);

    expect((day.end - day.start) / HOUR).toBe(25);
    expect(week).toEqual({ key: "2026-10-19", start: at("2026-10-18T22:00:00Z"), end: at("2026-10-25T23:00:00Z") });
    expect((week.end - week.start) / HOUR).toBe(7 * 24 + 1);
    expect(usWeek.key).toBe("2026-10-25");
  });
});

describe("cost budgets across a DST boundary", () => {
  it("assigns spend to the local day, not the UTC day, across spring-forward", () => {
    const daily = new CostBudget(new CalendarWindow("day", "America/New_York"), 10);

    daily.add(at("2026-03-08T04:30:00Z"), 1); // 23:30 on Mar 7 local
    daily.add(at("2026-03-08T05:30:00Z"), 2); // 00:30 on Mar 8 local
    daily.add(at("2026-03-09T03:30:00Z"), 3); // 23:30 on Mar 8 local (EDT)
    const mar8 = daily.status(at("2026-03-09T03:45:00Z"));
    daily.add(at("2026-03-09T04:30:00Z"), 4); // 00:30 on Mar 9 local
    const mar9 = daily.status(at("2026-03-09T04:45:00Z"));

    expect(mar8).toMatchObject({ period: "2026-03-08", spentUsd: 5, start: "2026-03-08T05:00:00.000Z" });
    expect(mar8.end).toBe("2026-03-09T04:00:00.000Z");
    expect(mar9).toMatchObject({ period: "2026-03-09", spentUsd: 4, remainingUsd: 6 });
  });

  it("forecasts when the daily budget runs out at the current burn rate", () => {
    const t0 = at("2026-10-25T00:00:00Z"); // Berlin fall-back day starts 2026-10-24T22:00Z
    let now = t0;
    const monitor = new Monitor(
      {
        model: "m",
        salt: SALT,
        timeZone: "Europe/Berlin",
        checks: { cost: { dailyBudgetUsd: 10, weeklyBudgetUsd: 1000 } },
      },
      { now: () => now },
    );

    // $1 an hour from local midnight: 2 h in, $2 spent -> $8 left -> 8 more hours.
    monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1, costUsd: 2, timestamp: t0 - HOUR });
    now = t0;
    const status = monitor.snapshot().cost.daily;
    const check = monitor.checks().find((c) => c.name === "health.cost-daily");
    const weekly = monitor.checks().find((c) => c.name === "health.cost-weekly");

    expect(status).toMatchObject({ period: "2026-10-25", spentUsd: 2, remainingUsd: 8 });
    expect(status.burnUsdPerHour).toBeCloseTo(1, 12);
    expect(status.runsOutAt).toBe("2026-10-25T08:00:00.000Z");
    expect(status.projectedUsd).toBeCloseTo(2 + 23, 9); // 25-hour day, 23 h left
    expect(check).toMatchObject({ detected: true, score: 2, threshold: 10 });
    expect(weekly?.detected).toBe(false);
  });

  it("does not fire on a forecast from the first minutes of a day", () => {
    const now = at("2026-06-01T00:10:00Z");
    const monitor = new Monitor(
      { model: "m", salt: SALT, checks: { cost: { dailyBudgetUsd: 10 } } },
      { now: () => now },
    );

    monitor.logPrediction({ prediction: "a", confidence: 0.9, latencyMs: 1, costUsd: 1, timestamp: now });
    const early = monitor.checks().find((c) => c.name === "health.cost-daily");

    expect(early).toMatchObject({ detected: false, evidence: { forecasting: false } });
    expect(monitor.snapshot().cost.daily.projectedUsd).toBeGreaterThan(10);
  });

  it("records when a budget was exhausted", () => {
    const daily = new CostBudget(new CalendarWindow("day", "UTC"), 3);

    daily.add(at("2026-01-01T01:00:00Z"), 2);
    daily.add(at("2026-01-01T02:00:00Z"), 2);

    expect(daily.status(at("2026-01-01T03:00:00Z"))).toMatchObject({
      exhaustedAt: "2026-01-01T02:00:00.000Z",
      runsOutAt: null,
      remainingUsd: -1,
    });
  });
});
