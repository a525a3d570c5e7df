import type { Command } from "commander";

// Imported when a sub-command runs, not at start-up: keeps `airr --help` fast.
const load = async () => {
  const [localCloud, output, view] = await Promise.all([
    import("@airr/local"),
    import("../output.js"),
    import("../renderWorld.js"),
  ]);
  return { ...localCloud, ...output, ...view };
};

interface LocalOptions {
  dir?: string;
  json?: boolean;
  force?: boolean;
}

const DIR_HELP = "state directory (default: $AIRR_STATE_DIR, else ./.airr)";

/** `airr local init|show`: seed the embedded local cloud and look at it. */
export function register(program: Command): void {
  const local = program
    .command("local")
    .description("The embedded local cloud (files under a state directory): seed a demo world, show it.");

  local
    .command("init")
    .description(
      "Seed a demo world: endpoints fraud-detector and support-chat with version history, secrets " +
        "llm-api-key and db-password, a prompt blocklist, data store training-data, KMS key local-kms/airr-cmek.",
    )
    .option("--dir <dir>", DIR_HELP)
    .option("--force", "discard an existing world in the directory and seed a fresh one")
    .option("--json", "print the seeded world as JSON")
    .addHelpText("after", "\nExample:\n  airr local init --dir /tmp/airr-demo && airr local show --dir /tmp/airr-demo")
    .action(async (options: LocalOptions) => {
      const { describeWorld, LocalCloud, printJson, renderWorld, reportError, resolveStateDir } = await load();
      try {
        const cloud = await LocalCloud.init({
          dir: resolveStateDir(options.dir),
          now: new Date().toISOString(),
          force: options.force === true,
        });
        const world = await describeWorld(cloud);
        if (options.json === true) printJson(world);
        else process.stdout.write(`Seeded a demo world.\n\n${renderWorld(world)}`);
      } catch (error) {
        process.exitCode = reportError(error, options.json === true);
      }
    });

  local
    .command("show")
    .description(
      "Show the local cloud: endpoints (status, serving version, history, CMEK), secrets (versions " +
        "only, never values), blocklist, data stores, quarantines, KMS keys, recent notifications and incidents.",
    )
    .option("--dir <dir>", DIR_HELP)
    .option("--json", "print the world as JSON")
    .action(async (options: LocalOptions) => {
      const { describeWorld, LocalCloud, printJson, renderWorld, reportError, resolveStateDir } = await load();
      try {
        const world = await describeWorld(LocalCloud.open({ dir: resolveStateDir(options.dir) }));
        if (options.json === true) printJson(world);
        else process.stdout.write(renderWorld(world));
      } catch (error) {
        process.exitCode = reportError(error, options.json === true);
      }
    });
}
