import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAirr } from "../helpers/runAirr.js";
import { FIXTURE_DIR } from "./fixtures.js";

const work = mkdtempSync(path.join(tmpdir(), "airr-aws-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const fixture = (source: string, variant: string) => path.join(FIXTURE_DIR, source, `${variant}.json`);
const noAwsEnv = { AIRR_TABLE_NAME: "", AWS_REGION: "eu-west-1" };

describe("airr with --cloud aws", () => {
  it("alert parse --cloud auto recognizes a CloudWatch alarm from SNS", () => {
    const run = runAirr(["alert", "parse", fixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"), "--json"], {
      cwd: work,
    });
    expect(run.status).toBe(0);
    const [alert] = JSON.parse(run.stdout) as { kind: string; resourceId: string }[];
    expect(alert).toMatchObject({
      kind: "aws.sns.cloudwatch-alarm",
      resourceId: "arn:aws:sagemaker:eu-west-1:123456789012:endpoint/fraud-detector",
    });
  });

  it("alert parse reports a hostile payload with its code (exit 2)", () => {
    const run = runAirr(
      ["alert", "parse", fixture("lambda-alarm-action", "prototype-pollution"), "--cloud", "aws", "--json"],
      {
        cwd: work,
      },
    );
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error.code).toBe("ValidationError");
  });

  it("respond --cloud aws says which variable is missing, changing nothing (exit 2)", () => {
    const run = runAirr(
      ["respond", "--alert", fixture("sns-cloudwatch-alarm", "sagemaker-5xx-alarm"), "--cloud", "aws", "--json"],
      {
        cwd: work,
        env: noAwsEnv,
      },
    );
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout).error).toMatchObject({ code: "MissingConfiguration", where: "AIRR_TABLE_NAME" });
  });
});
