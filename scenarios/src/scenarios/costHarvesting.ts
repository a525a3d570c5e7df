import { compileBlocklist } from "@airr/core";
import type { Scenario } from "../Scenario.js";

const ENDPOINT = "support-chat";
const ATTACK_AT = 420;
// The alert rule: spend over the last 60 s above $1 (about 35 times the normal rate).
const SPEND_PER_MINUTE_LIMIT_USD = 1;
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

/** A stolen key drives token spend up; a spend-per-minute threshold fires. */
export const costHarvesting: Scenario = {
  name: "cost-harvesting",
  title: "Cost harvesting (LLM jacking)",
  summary:
    "Normal chat traffic costs a few cents a minute. At 7 minutes a leaked API key starts a burst of very long prompts; a plain threshold on spend per minute fires, and the policy blocks the abusing prompt family and disables the endpoint.",
  runbook: "cost-harvesting",
  detector: {
    name: "threshold: token spend per minute",
    source: "threshold",
    description:
      "a plain threshold on the spend of the last 60 s (tokens x price); the health monitor's budget check is not on main yet, so this scenario does not use it",
    config: {
      spendPerMinuteLimitUsd: SPEND_PER_MINUTE_LIMIT_USD,
      usdPer1kTokens: USD_PER_1K_TOKENS,
      checkEverySeconds: 30,
    },
  },
  policy,
  async run(ctx) {
    const { cloud, clock, rng } = ctx;
    // Spend ledger: what each served request cost, by simulated second.
    const spend: { t: number; usd: number }[] = [];
    const total = () => spend.reduce((sum, s) => sum + s.usd, 0);
    const lastMinute = () => spend.filter((s) => s.t > clock.t - 60).reduce((sum, s) => sum + s.usd, 0);
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
      spend.push({ t: clock.t, usd: costUsd });
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
        const perMinute = lastMinute();
        const fired = perMinute > SPEND_PER_MINUTE_LIMIT_USD;
        ctx.observe({ score: perMinute, threshold: SPEND_PER_MINUTE_LIMIT_USD, detected: fired });
        if (fired && !alerted) {
          alerted = true;
          ctx.detect(`spend $${perMinute.toFixed(2)} in the last minute (limit $${SPEND_PER_MINUTE_LIMIT_USD})`);
          ctx.alert({
            alertName: "token-budget-exceeded",
            alertId: `local:alert/${ENDPOINT}/budget`,
            severity: "critical",
            resourceId: ENDPOINT,
            metricName: "spend_usd_per_minute",
            labels: { prompt: ABUSE_PREFIX, api_key_id: "key-7f3a" },
          });
        }
      }
      await ctx.advance(1);
      if (ctx.incidents.length > 0 && spentAtAlert === null) spentAtAlert = total();
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
    const spentAfter = total() - (spentAtAlert ?? 0);
    ctx.expect(
      "no spend after the response",
      spentAtAlert !== null && spentAfter === 0,
      `$${spentAfter.toFixed(2)} after the response; ${refused} abusive requests refused`,
    );
  },
};
