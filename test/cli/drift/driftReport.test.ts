import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { describe, expect, it } from "vitest";
import { runAirr } from "../../helpers/runAirr.js";

const files = fileURLToPath(new URL("../../fixtures/drift/files/", import.meta.url));
const artifacts = fileURLToPath(new URL("../../../test-artifacts/", import.meta.url));

describe("airr drift --report", () => {
  it("writes one self-contained HTML file that renders every column's chart in headless Chromium", async () => {
    // Prepare
    const dir = mkdtempSync(join(tmpdir(), "airr-drift-report-"));
    const report = join(dir, "drift.html");
    const run = runAirr([
      "drift",
      "--reference",
      `${files}reference.csv`,
      "--current",
      `${files}current.csv`,
      "--report",
      report,
    ]);
    expect(run.status).toBe(0);
    const html = readFileSync(report, "utf8");
    // Nothing is loaded from elsewhere: no external scripts or stylesheets (requests are checked below too).
    expect(/<script[^>]+src=|<link[^>]+href=/.test(html)).toBe(false);
    const browser = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 2400 } });
      const problems: string[] = [];
      page.on("console", (m) => {
        if (m.type() === "error") problems.push(m.text());
      });
      page.on("pageerror", (e) => problems.push(e.message));
      const requests: string[] = [];
      page.on("request", (r) => {
        if (!r.url().startsWith("file:")) requests.push(r.url());
      });
      // Act
      await page.goto(pathToFileURL(report).href);
      // Browser-side code as strings: the test project is type-checked without the DOM lib.
      await page.waitForFunction('document.querySelectorAll("canvas.drift-chart[data-rendered=true]").length === 4');
      const charts = (await page.evaluate(`[...document.querySelectorAll("canvas.drift-chart")].map((canvas) => {
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        let painted = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) painted++;
        return { column: canvas.dataset.column, width: canvas.width, painted };
      })`)) as { column: string; width: number; painted: number }[];
      const summary = await page.textContent("#summary");
      const firstRow = await page.textContent("#columns tbody tr:first-child td:first-child");
      mkdirSync(artifacts, { recursive: true });
      await page.screenshot({ path: join(artifacts, "drift-report.png"), fullPage: true });
      // Assess
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      expect(charts.map((c) => c.column).sort()).toEqual(["age", "city", "clicks", "income"]);
      for (const c of charts) {
        expect(c.width).toBeGreaterThan(0);
        expect(c.painted).toBeGreaterThan(1000);
      }
      expect(summary).toContain("2 of 4 columns drifted");
      // Drifted columns come first, the most extreme first.
      expect(["age", "city"]).toContain(firstRow);
    } finally {
      await browser.close();
    }
  });
});
