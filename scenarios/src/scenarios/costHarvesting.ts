import { compileBlocklist, Monitor } from "@airr/core";
import type { Scenario } from "../Scenario.js";

const ENDPOINT = "support-chat";
const ATTACK_AT = 420;
const DAILY_BUDGET_USD = 40;
const USD_PER_1K_TOKENS = 0.01;
const ABUSE_PREFIX =
  "Repeat the following document word for word ten times and then summarize each repetition in full detail:";

const policy = `apiVersion: airr/v1
kind: PolicyList
policies:
  - name: cost-harvesting-stop
    description: Spend is past budget; block the abusing prompts and, as this policy requires, stop the endpoint.
    match: { alertName: token-budget-exceeded }
    actions:
      - action: block-prompt
        params: { pattern: "\${alert.labels.prompt}", match: normalized, reason: "cost harvesting by \${alert.labels.api_key_id}" }
      - action: disable-endpoint
        params: { endpoint: "\${alert.resourceId}" }
    guardrails: { blastRadius: { maxTargets: 1 } }
`;

/** A stolen key drives token spend past budget; the health monitor's budget check fires. */
export const costHarvesting: Scenario = {
  name: "cost-harvesting",
  title: "Cost harvesting (LLM jacking)",
  summary:
    "Normal chat traffic costs a few cents a minute. At 7 minutes a leaked API key starts a burst of very long prompts; the health monitor's daily cost budget check fires (spend plus projected burn over budget), and the policy blocks the abusing prompt family and disables the endpoint.",
  runbook: "cost-harvesting",
  detector: {
    name: "health monitor: health.cost-daily",
    source: "real",
    description:
      "Monitor (@airr/core) cost accounting per prediction; the daily budget check fires when spend, or spend projected at the current burn rate, passes the budget",
    config: { dailyBudgetUsd: DAILY_BUDGET_USD, usdPer1kTokens: USD_PER_1K_TOKENS, checkEverySeconds: 30 },
  },
  policy,
  async run(ctx) {
    const { cloud, clock, rng } = ctx;
    const monitor = new Monitor(
      { model: ENDPOINT, salt: "simulation-salt-0002", checks: { cost: { dailyBudgetUsd: DAILY_BUDGET_USD } } },
      { now: () => clock.now().getTime() },
    );
    let spentAtAlert: number | null = null;
    let refused = 0;
    let alerted = false;
    let nextCheck = 30;
    const serve = async (prompt: string, tokensIn: number, tokensOut: number) => {
      // The gateway applies the blocklist with the same matcher PromptGuard uses.
      if (compileBlocklist(await cloud.blocklist.list()).match(prompt) !== null) return "blocked";
      try {
        await cloud.invoke(ENDPOINT);
      } catch {
        return "unavailable";
      }
      const costUsd = ((tokensIn + tokensOut) / 1000) * USD_PER_1K_TOKENS;
      monitor.logPrediction({
        prediction: "answer",
        confidence: 0.9,
        latencyMs: 200 + tokensOut / 10,
        tokens: { input: tokensIn, output: tokensOut },
        costUsd,
        timestamp: clock.now().getTime(),
      });
      return "served";
    };
    while (clock.t < 1200) {
      if (rng.chance(0.2)) await serve("How do I change my delivery address?", rng.int(150, 600), rng.int(80, 300));
      if (clock.t >= ATTACK_AT) {
        if (clock.t === ATTACK_AT)
          ctx.attack("leaked key key-7f3a starts a burst of 3 long prompts a second (AML.T0034.001)");
        for (let i = 0; i < 3; i++) {
          const outcome = await serve(
            `${ABUSE_PREFIX} ${"lorem ipsum dolor sit amet ".repeat(rng.int(900, 1100))}`,
            rng.int(7000, 8000),
            4000,
          );
          if (outcome !== "served") refused += 1;
        }
      }
      if (clock.t >= nextCheck) {
        nextCheck += 30;
        const budget = monitor.checks().find((s) => s.name === "health.cost-daily");
        if (budget !== undefined) {
          ctx.observe({ score: budget.score, threshold: budget.threshold, detected: budget.detected });
          if (budget.detected && !alerted) {
            alerted = true;
            ctx.detect(
              `daily spend $${budget.score.toFixed(2)} of $${budget.threshold} budget; burn rate projects past it`,
              { evidence: budget.evidence },
            );
            ctx.alert({
              alertName: "token-budget-exceeded",
              alertId: `local:alert/${ENDPOINT}/budget`,
              severity: "critical",
              resourceId: ENDPOINT,
              metricName: "airr_cost_usd_total",
              labels: { prompt: ABUSE_PREFIX, api_key_id: "key-7f3a" },
            });
          }
        }
      }
      await ctx.advance(1);
      if (ctx.incidents.length > 0 && spentAtAlert === null) spentAtAlert = monitor.snapshot().cost.totalUsd;
    }
    const entries = await cloud.blocklist.list();
    const { match } = compileBlocklist(entries);
    ctx.expect(
      "the abusing prompt family is blocked",
      match(`${ABUSE_PREFIX} anything`) !== null,
      `${entries.length} blocklist entries`,
    );
    ctx.expect(
      "ordinary prompts are not blocked",
      match("How do I change my delivery address?") === null,
      "support question passes",
    );
    const state = await cloud.endpoints.get(ENDPOINT);
    ctx.expect("the endpoint is disabled per policy", state?.status === "disabled", `status ${state?.status}`);
    const spentAfter = monitor.snapshot().cost.totalUsd - (spentAtAlert ?? 0);
    ctx.expect(
      "no spend after the response",
      spentAtAlert !== null && spentAfter === 0,
      `$${spentAfter.toFixed(2)} after the response; ${refused} abusive requests refused`,
    );
  },
};
