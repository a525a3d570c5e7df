import { MAX_DOT_WASM } from "./maxDotWasm.js";

// The parts of the WebAssembly JS API used here: core's TypeScript libs (ES2023 + node) do not
// declare the WebAssembly global, and a runtime may lack it.
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
interface MaxDotExports {
  memory: { buffer: ArrayBuffer; grow(pages: number): number };
  maxDot(dims: number, rows: number): number;
}

const PAGE_BYTES = 65536;
let compiled: object | null | undefined;

/**
 * At most this many kernels alive at once; further corpus indexes scan in JavaScript. Each
 * WebAssembly memory reserves about 10 GB of address space for its guard region, and past about
 * 12,000 live memories V8 does not fail fast: it collects garbage and retries on every new one.
 */
export const MAX_LIVE_KERNELS = 1024;
let live = 0;
const released = new FinalizationRegistry<undefined>(() => {
  live--;
});

/** The compiled kernel, or null where WebAssembly or its SIMD is unavailable. */
function maxDotModule(): object | null {
  if (compiled === undefined) {
    const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
    try {
      // validate() is false on runtimes without SIMD: the JavaScript scan takes over.
      compiled = api?.validate(MAX_DOT_WASM) ? new api.Module(MAX_DOT_WASM) : null;
    } catch {
      compiled = null;
    }
  }
  return compiled;
}

/**
 * The WebAssembly SIMD scan (core/wasm/maxDot.wat) over `blocks` from `packRowBlocks`, in an
 * instance of its own; null when it cannot run here or `MAX_LIVE_KERNELS` are alive. The module
 * is tiny, so it is compiled synchronously once and shared.
 */
export function wasmMaxDot(blocks: Float64Array, dims: number, rows: number): ((query: Float32Array) => number) | null {
  const module = maxDotModule();
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!module || !api || live >= MAX_LIVE_KERNELS) return null;
  try {
    const { memory, maxDot } = new api.Instance(module, {}).exports as MaxDotExports;
    const doubles = dims + blocks.length;
    const pages = Math.ceil((doubles * 8) / PAGE_BYTES);
    const buffer = memory.buffer;
    if (pages * PAGE_BYTES > buffer.byteLength) memory.grow(pages - buffer.byteLength / PAGE_BYTES);
    // The query at 0, the rows right after it: the layout maxDot.wat expects.
    const heap = new Float64Array(memory.buffer, 0, doubles);
    heap.set(blocks, dims);
    const query = heap.subarray(0, dims);
    const scan = (vector: Float32Array) => {
      query.set(vector);
      return maxDot(dims, rows);
    };
    live++;
    released.register(scan, undefined);
    return scan;
  } catch {
    // Memory beyond what the runtime grants: the JavaScript scan needs none of it.
    return null;
  }
}
