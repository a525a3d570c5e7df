/** Arrows point inward (DESIGN.md): core imports no adapter, no sibling package and no cloud SDK. */
module.exports = {
  forbidden: [
    {
      name: "core-imports-no-sibling",
      comment: "core is pure: it may not import another airr package",
      severity: "error",
      from: { path: "^core/src" },
      to: { path: "^(local|cli|aws|azure|gcp|infra|scenarios)/|@airr/(?!core)" },
    },
    {
      name: "core-imports-no-cloud-sdk",
      comment: "core may not import a cloud SDK or a node I/O module",
      severity: "error",
      from: { path: "^core/src" },
      to: { path: "@aws-sdk|@azure/|@google-cloud/|aws-cdk|^node:fs|^fs$|^node:child_process|^node:net|^node:http" },
    },
    {
      name: "adapter-imports-no-other-adapter",
      comment: "one adapter never imports another",
      severity: "error",
      from: { path: "^(aws|azure|gcp|local)/src" },
      to: { path: "^(aws|azure|gcp|local)/src", pathNot: "^$1/src" },
    },
    {
      name: "scenarios-import-no-cli",
      comment: "scenarios sit beside the CLI: they use core and the local cloud, never the CLI",
      severity: "error",
      from: { path: "^scenarios/src" },
      to: { path: "^cli/|@airr/cli" },
    },
    {
      name: "no-circular",
      severity: "error",
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.test.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
    },
    exclude: { path: "(^|/)dist/" },
  },
};
