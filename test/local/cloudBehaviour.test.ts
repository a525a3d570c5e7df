import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AirrError } from "@airr/core";
import { EndpointUnavailableError, ObjectQuarantinedError } from "@airr/local";
import { describe, expect, it } from "vitest";
import { NOW, tempClouds } from "./tempCloud.js";

const clouds = tempClouds();

/** Every file under `dir`, relative, with its text. */
function filesUnder(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, entry);
    if (statSync(path).isFile()) out.set(relative(dir, path), readFileSync(path, "latin1"));
  }
  return out;
}

describe("the local cloud behaves like a cloud", () => {
  it("seeds the demo world", async () => {
    const cloud = await clouds.make();

    expect(await cloud.endpoints.get("fraud-detector")).toMatchObject({
      currentVersion: "fraud-v3",
      history: [{ version: "fraud-v1" }, { version: "fraud-v2" }, { version: "fraud-v3" }],
    });
    expect(await cloud.endpoints.get("support-chat")).toMatchObject({ currentVersion: "chat-v2" });
    expect((await cloud.secrets.list()).sort()).toEqual(["db-password", "llm-api-key"]);
    expect(await cloud.blocklist.list()).toHaveLength(1);
    expect(await cloud.data.getPublicAccess("training-data")).toMatchObject({ publicAccessBlocked: false });
    expect((await cloud.listObjects("training-data")).filter((k) => k.startsWith("conversations/")).length).toBe(2);
    expect(await cloud.encryption.keys()).toEqual(["local-kms/airr-cmek"]);
    expect(await cloud.encryption.get("fraud-detector")).toMatchObject({ kmsKeyId: null });
  });

  it("records a deployment going through updating to in-service", async () => {
    const cloud = await clouds.make();

    await cloud.endpoints.deployVersion("fraud-detector", "fraud-v2");

    const [record] = (await cloud.endpoints.records()).filter((e) => e.id === "fraud-detector");
    expect(record?.transitions.slice(-2)).toEqual([
      { at: NOW, status: "updating", version: "fraud-v2" },
      { at: NOW, status: "in-service", version: "fraud-v2" },
    ]);
    expect(await cloud.invoke("fraud-detector", { amount: 12 })).toEqual({ version: "fraud-v2" });
  });

  it("keeps serving the old version while an endpoint is updating", async () => {
    const cloud = await clouds.make();
    const file = join(cloud.dir, "endpoints.json");
    // The state a crash between the two writes of a deployment leaves behind.
    writeFileSync(file, readFileSync(file, "utf8").replace('"status": "in-service"', '"status": "updating"'));

    expect((await cloud.endpoints.get("fraud-detector"))?.status).toBe("updating");
    expect(await cloud.invoke("fraud-detector", {})).toEqual({ version: "fraud-v3" });
    await cloud.endpoints.deployVersion("fraud-detector", "fraud-v3");
    expect((await cloud.endpoints.get("fraud-detector"))?.status).toBe("in-service");
  });

  it("refuses traffic on a disabled endpoint and serves again once enabled", async () => {
    const cloud = await clouds.make();
    await cloud.endpoints.disable("endpoint/fraud-detector");

    const refused = await cloud.invoke("fraud-detector", {}).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(EndpointUnavailableError);
    expect((refused as AirrError).code).toBe("EndpointUnavailable");
    await expect(cloud.endpoints.deployVersion("fraud-detector", "fraud-v1")).rejects.toThrow(/disabled/);

    await cloud.endpoints.enable("fraud-detector");
    expect(await cloud.invoke("fraud-detector", {})).toEqual({ version: "fraud-v3" });
  });

  it("gives a rotated secret a new current value, kept only in secret-values.json", async () => {
    const cloud = await clouds.make();
    const oldValue = await cloud.readSecretValue("llm-api-key");

    const rotated = await cloud.secrets.rotate("llm-api-key");
    const newValue = await cloud.readSecretValue("llm-api-key");
    await cloud.notifier.send({
      subject: "rotated",
      text: `leaked ${newValue}`,
      severity: "warning",
      incidentId: null,
    });

    expect(rotated).toMatchObject({ currentVersion: "v3", previousVersion: "v2" });
    expect(newValue).not.toBe(oldValue);
    expect(await cloud.readSecretValue("llm-api-key", "v2")).toBe(oldValue);
    const holders = [...filesUnder(cloud.dir)].filter(([, text]) => text.includes(newValue) || text.includes(oldValue));
    expect(holders.map(([name]) => name)).toEqual(["secret-values.json"]);
    expect(statSync(join(cloud.dir, "secret-values.json")).mode & 0o777).toBe(0o600);
    expect((await cloud.notifier.read()).at(-1)).toMatchObject({ text: "leaked [REDACTED]", redacted: true });
  });

  it("records the CMEK key id on endpoints and stores, and refuses unknown keys", async () => {
    const cloud = await clouds.make();

    await cloud.encryption.enforce("endpoint/fraud-detector", "local-kms/airr-cmek");
    await cloud.encryption.enforce("store/training-data", "local-kms/airr-cmek");

    expect((await cloud.endpoints.records()).find((e) => e.id === "fraud-detector")?.kmsKeyId).toBe(
      "local-kms/airr-cmek",
    );
    expect((await cloud.data.records())[0]?.kmsKeyId).toBe("local-kms/airr-cmek");
    const error = await cloud.encryption.enforce("support-chat", "local-kms/nope").catch((e: unknown) => e);
    expect((error as AirrError).code).toBe("NotFound");
    expect((error as AirrError).hint).toContain("local-kms/airr-cmek");
  });

  it("makes quarantined objects unreadable and releases them byte-identical", async () => {
    const cloud = await clouds.make();
    const binary = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await cloud.putObject("training-data", "conversations/blob.bin", binary);
    const before = await cloud.readObject("training-data", "conversations/session-0002.jsonl");

    const held = await cloud.data.quarantine("inc-7:quarantine-data:training-data", "training-data", "conversations/");
    const refused = await cloud.readObject("training-data", "conversations/blob.bin").catch((e: unknown) => e);
    await cloud.data.release("inc-7:quarantine-data:training-data");

    expect(held.objects).toEqual([
      "conversations/blob.bin",
      "conversations/session-0001.jsonl",
      "conversations/session-0002.jsonl",
    ]);
    expect(refused).toBeInstanceOf(ObjectQuarantinedError);
    expect((await cloud.readObject("training-data", "conversations/blob.bin")).equals(binary)).toBe(true);
    expect((await cloud.readObject("training-data", "conversations/session-0002.jsonl")).equals(before)).toBe(true);
    expect(await cloud.readObject("training-data", "datasets/train.csv")).toBeInstanceOf(Buffer);
  });

  it("refuses a release that would overwrite an object written since", async () => {
    const cloud = await clouds.make();
    await cloud.data.quarantine("q-1", "training-data", "conversations/session-0001");
    await cloud.putObject("training-data", "conversations/session-0001.jsonl", "new data");

    const error = await cloud.data.release("q-1").catch((e: unknown) => e);

    expect((error as AirrError).code).toBe("ReleaseConflict");
    expect((await cloud.data.getQuarantine("q-1"))?.released).toBe(false);
  });

  it("rejects object keys that would leave the store's folder", async () => {
    const cloud = await clouds.make();
    for (const key of ["../meta.json", "/etc/passwd", "a//b", "conversations/../../x"]) {
      const error = await cloud.putObject("training-data", key, "x").catch((e: unknown) => e);
      expect((error as AirrError).code).toBe("InvalidId");
    }
  });

  it("stores an incident whose id is not a safe file name inside the incidents folder", async () => {
    const cloud = await clouds.make();
    const incident = {
      ...JSON.parse(readFileSync(new URL("../fixtures/local/incident.json", import.meta.url), "utf8")),
      id: "../../escape",
    };

    await cloud.state.putIncident(incident);

    expect((await cloud.state.getIncident("../../escape"))?.id).toBe("../../escape");
    expect(readdirSync(join(cloud.dir, "state", "incidents"))).toEqual(["..%2F..%2Fescape.json"]);
  });
});
