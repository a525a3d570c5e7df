#!/usr/bin/env node
// A committed shim, so `npm ci` can link the `airr` bin before `prepare` has built dist/.
import("../dist/main.js").then(
  (cli) => cli.main(process.argv),
  (error) => {
    if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist/main.js")) {
      console.error("airr is not built yet: run `npm run build` in the repository root.");
      process.exit(1);
    }
    throw error;
  },
);
