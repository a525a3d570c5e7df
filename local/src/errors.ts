import { AirrError } from "@airr/core";

/** The state directory has no demo world yet (no `meta.json`). */
export class StateNotInitializedError extends AirrError {
  constructor(dir: string) {
    super("StateNotInitialized", `no local cloud in ${dir}`, {
      where: dir,
      hint: `run \`airr local init --dir ${dir}\` first (or set AIRR_STATE_DIR to an initialized directory)`,
    });
  }
}

/** `init` found a world already there and was not told to replace it. */
export class StateExistsError extends AirrError {
  constructor(dir: string) {
    super("StateExists", `a local cloud already exists in ${dir}; refusing to overwrite it`, {
      where: dir,
      hint: "pass --force to discard it and seed a fresh demo world, or choose another --dir",
    });
  }
}

/** A state file is not valid JSON or does not match its schema (hand-edited, or written by a newer airr). */
export class StateCorruptError extends AirrError {
  constructor(file: string, problem: string, cause?: unknown) {
    super("StateCorrupt", `state file ${file} is corrupt: ${problem}`, {
      where: file,
      hint: `fix or restore ${file} by hand, or re-seed with \`airr local init --force\` (discards all local state)`,
      cause,
    });
  }
}

/** Another process has held the state lock for longer than we wait. */
export class StateLockedError extends AirrError {
  constructor(lockPath: string, cause?: unknown) {
    super("StateLocked", `the local cloud is locked by another process (${lockPath})`, {
      where: lockPath,
      hint: `wait for the other airr command to finish; if none is running, remove the directory ${lockPath}`,
      cause,
    });
  }
}

/** An id or key that cannot be used safely as part of a file path. */
export class InvalidIdError extends AirrError {
  constructor(kind: string, id: string) {
    super("InvalidId", `invalid ${kind} ${JSON.stringify(id)}`, {
      hint: `a ${kind} uses letters, digits and . _ - / : only, with no empty, "." or ".." segment`,
    });
  }
}

/** A resource the caller named does not exist; the hint lists the ones that do. */
export class NotFoundError extends AirrError {
  constructor(kind: string, id: string, valid: readonly string[]) {
    super("NotFound", `unknown ${kind} "${id}"`, {
      hint: valid.length === 0 ? `there is no ${kind} in this local cloud` : `valid: ${[...valid].sort().join(", ")}`,
    });
  }
}

/** The endpoint exists but does not serve traffic (disabled, updating or failed). */
export class EndpointUnavailableError extends AirrError {
  constructor(id: string, status: string) {
    super("EndpointUnavailable", `endpoint "${id}" refuses traffic: it is ${status}`, {
      hint:
        status === "disabled" ? `re-enable it (\`airr undo\` the disable) and retry` : "retry once it is in-service",
    });
  }
}

/** A version that is not in the resource's history. */
export class UnknownVersionError extends AirrError {
  constructor(kind: string, id: string, version: string, valid: readonly string[]) {
    super("UnknownVersion", `${kind} "${id}" has no version "${version}"`, { hint: `valid: ${valid.join(", ")}` });
  }
}

/** A claim was settled or released by someone who does not hold it. */
export class ClaimNotHeldError extends AirrError {
  constructor(key: string, owner: string, detail: string) {
    super("ClaimNotHeld", `claim "${key}" is not held by "${owner}": ${detail}`, {
      hint: "claim the key first; a settled claim can be neither released nor settled again",
    });
  }
}

/** The object was quarantined: it is kept for forensics but no reader may get it. */
export class ObjectQuarantinedError extends AirrError {
  constructor(store: string, key: string, quarantineId: string) {
    super("ObjectQuarantined", `object "${key}" in "${store}" is quarantined (${quarantineId})`, {
      hint: `release the quarantine (\`airr undo\` the incident that quarantined it) to read it again`,
    });
  }
}

/** Releasing a quarantine would overwrite an object written at the same key since. */
export class ReleaseConflictError extends AirrError {
  constructor(quarantineId: string, store: string, key: string) {
    super("ReleaseConflict", `cannot release ${quarantineId}: "${key}" in "${store}" was written again since`, {
      hint: "move or delete the new object first, then release again",
    });
  }
}

/** `init` was pointed at a directory holding files that are not a local cloud's (none listed: a file). */
export class ForeignDirectoryError extends AirrError {
  constructor(dir: string, foreign: readonly string[]) {
    const what =
      foreign.length === 0
        ? `${dir} is a file, not a directory`
        : `${dir} holds files that are not airr state (${foreign.slice(0, 5).join(", ")})`;
    super("NotAStateDirectory", what, {
      where: dir,
      hint: "point --dir (or AIRR_STATE_DIR) at an empty or airr-only directory; airr never deletes foreign files",
    });
  }
}
