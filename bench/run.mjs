#!/usr/bin/env node
// `npm run bench [name...]`: builds, runs every bench/*.bench.ts (or only those named on the command line),
// each of which writes bench/results/<name>.md, then assembles BENCHMARKS.md with the machine and
// date. Benchmarks are measurements, never pass/fail tests.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
// `--assemble` only rebuilds BENCHMARKS.md from the committed bench/results/*.md.
const assembleOnly = process.argv.includes("--assemble");
const only = process.argv.slice(2).filter((a) => a !== "--assemble");
const benches = readdirSync(`${root}bench`)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

if (!assembleOnly)
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-b"], { cwd: root, stdio: "inherit" });
for (const file of assembleOnly ? [] : benches) {
  console.error(`bench: ${file}`);
  execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", `bench/${file}`], { cwd: root, stdio: "inherit" });
}

const results = readdirSync(`${root}bench/results`)
  .filter((f) => f.endsWith(".md"))
  .sort();
const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const header = [
  "# Benchmarks",
  "",
  "Written by `npm run bench` (bench/run.mjs). Each section names the machine and date it was measured on;",
  "the reference implementation runs in the same process run on the same data where one exists.",
  "These are measurements, not tests: nothing fails on a number.",
  "",
  `Last assembled: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
  "",
];
const body = results.map((f) => readFileSync(`${root}bench/results/${f}`, "utf8").trim());
writeFileSync(`${root}BENCHMARKS.md`, `${header.join("\n")}\n${body.join("\n\n")}\n`);
console.error(`wrote BENCHMARKS.md (${results.length} sections)`);
