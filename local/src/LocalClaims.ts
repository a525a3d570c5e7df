import type { ClaimResult } from "@airr/core";
import { z } from "zod";
import { checkInput, Time } from "./checkInput.js";
import { ClaimNotHeldError } from "./errors.js";
import type { StateDir } from "./StateDir.js";
import { CLAIMS_FILE, type ClaimRecord, ClaimsFileSchema } from "./stateSchemas.js";

const ClaimInput = z.object({ key: z.string().min(1), owner: z.string().min(1), now: Time, expiresAt: Time });
const ms = (iso: string): number => Date.parse(iso);

/**
 * Idempotency claims in `state/claims.json`. A claim is a read-check-write under the state lock,
 * which makes it a conditional write across concurrent calls and processes alike.
 */
export class LocalClaims {
  constructor(private readonly dir: StateDir) {}

  async claim(key: string, owner: string, now: string, expiresAt: string): Promise<ClaimResult> {
    checkInput("claim", ClaimInput, { key, owner, now, expiresAt });
    return this.dir.withLock(
      async () => {
        const claims = await this.list();
        const held = claims.find((c) => c.key === key);
        const free = held === undefined || (!held.settled && ms(held.expiresAt) <= ms(now));
        const mine = held !== undefined && held.owner === owner && !held.settled;
        if (!free && !mine) {
          return { claimed: false, owner: held.owner, expiresAt: held.expiresAt, settled: held.settled };
        }
        const record: ClaimRecord = { key, owner, claimedAt: now, expiresAt, settled: false };
        await this.write([...claims.filter((c) => c.key !== key), record]);
        return { claimed: true };
      },
      { create: true },
    );
  }

  /** Idempotent for the owner: settling an already settled claim of one's own is a no-op. */
  settle(key: string, owner: string): Promise<void> {
    return this.change(key, owner, (claim) => (claim.settled ? undefined : { ...claim, settled: true }));
  }

  release(key: string, owner: string): Promise<void> {
    return this.change(key, owner, (claim) => {
      if (claim.settled) throw new ClaimNotHeldError(key, owner, "it is settled");
      return null;
    });
  }

  async list(): Promise<ClaimRecord[]> {
    return (await this.dir.readJson(CLAIMS_FILE, ClaimsFileSchema, () => ({ claims: [] }))).claims;
  }

  private write(claims: ClaimRecord[]): Promise<void> {
    return this.dir.writeJson(CLAIMS_FILE, { claims });
  }

  /** `next` returns the new record, null to delete it, or undefined to leave it as it is. */
  private change(key: string, owner: string, next: (claim: ClaimRecord) => ClaimRecord | null | undefined) {
    return this.dir.withLock(
      async () => {
        const claims = await this.list();
        const held = claims.find((c) => c.key === key);
        if (held === undefined) throw new ClaimNotHeldError(key, owner, "nobody holds it");
        if (held.owner !== owner) throw new ClaimNotHeldError(key, owner, `"${held.owner}" holds it`);
        const changed = next(held);
        if (changed === undefined) return;
        const rest = claims.filter((c) => c.key !== key);
        await this.write(changed === null ? rest : [...rest, changed]);
      },
      { create: true },
    );
  }
}
