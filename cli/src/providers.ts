import { type Provider, Registry } from "@airr/core";

/** What a command knows when it opens a provider. */
export interface ProviderContext {
  /** `--state-dir` (local cloud); clouds ignore it. */
  stateDir?: string;
}

/**
 * One cloud as the CLI sees it: how to open its provider and how to register its alert parsers.
 * Each factory imports its package only when called, so `airr --help` loads no cloud code.
 */
export interface CloudModule {
  openProvider(context: ProviderContext): Promise<Provider>;
  /** Registers the cloud's alert parsers in core's `alertParsers` (idempotent). */
  loadParsers(): Promise<void>;
}

/**
 * `--cloud` choices. The cloud packages add theirs here, each with a dynamic import, e.g.
 * `cloudModules.register("aws", { openProvider: async () => (await import("@airr/aws")).awsProvider(), ... })`.
 */
export const cloudModules = new Registry<CloudModule>("cloud").register("local", {
  openProvider: async (context) => {
    const { LocalCloud, resolveStateDir } = await import("@airr/local");
    return LocalCloud.open({ dir: resolveStateDir(context.stateDir) });
  },
  // The local alert format's parser is built into core.
  loadParsers: async () => {},
});

// AWS: the default credential chain, resources named by AIRR_* variables (docs/aws.md). The
// dynamic import keeps the AWS SDK out of every run that does not ask for `--cloud aws`.
cloudModules.register("aws", {
  openProvider: async () => {
    const { awsProvider, awsProviderConfigFromEnv } = await import("@airr/aws");
    return awsProvider(awsProviderConfigFromEnv(process.env));
  },
  loadParsers: async () => {
    const { alertParsers } = await import("@airr/core");
    (await import("@airr/aws")).registerAwsParsers(alertParsers);
  },
});

/** Opens the provider for `--cloud` (unknown name: `UnknownKeyError` listing the valid ones). */
export function openProvider(cloud: string, context: ProviderContext): Promise<Provider> {
  return cloudModules.get(cloud).openProvider(context);
}

/** Registers the parsers of one cloud, or of every cloud for `auto`. */
export async function loadParsers(cloud: string): Promise<void> {
  const modules = cloud === "auto" ? cloudModules.entries().map(([, m]) => m) : [cloudModules.get(cloud)];
  for (const module of modules) await module.loadParsers();
}
