export { EXIT } from "./exitCodes.js";
export { buildProgram, main } from "./main.js";
