import type { BlockedPrompt, PromptBlocklist } from "@airr/core";
import { checkInput } from "./checkInput.js";
import type { StateDir } from "./StateDir.js";
import { BLOCKLIST_FILE, BlockedPromptSchema, BlocklistFileSchema } from "./worldSchemas.js";

/** The prompt blocklist in `blocklist.json`, oldest entry first. */
export class LocalPromptBlocklist implements PromptBlocklist {
  constructor(private readonly dir: StateDir) {}

  async list(): Promise<BlockedPrompt[]> {
    return (await this.dir.readJson(BLOCKLIST_FILE, BlocklistFileSchema)).entries;
  }

  async add(entry: BlockedPrompt): Promise<void> {
    const valid = checkInput("blocklist entry", BlockedPromptSchema, entry);
    return this.dir.withLock(async () => {
      const entries = await this.list();
      if (entries.some((e) => e.id === valid.id)) return;
      await this.dir.writeJson(BLOCKLIST_FILE, { entries: [...entries, valid] });
    });
  }

  remove(id: string): Promise<void> {
    return this.dir.withLock(async () => {
      const entries = await this.list();
      if (!entries.some((e) => e.id === id)) return;
      await this.dir.writeJson(BLOCKLIST_FILE, { entries: entries.filter((e) => e.id !== id) });
    });
  }
}
