// Loaded with --import into the Next.js server process (lib/runtime/serve-app.ts):
// wraps the request listener Next.js gives http.createServer in the front door
// (lib/runtime/front-door.ts). Plain JavaScript: it runs before any TypeScript loader.
import http from "node:http";
import path from "node:path";
import { tsImport } from "tsx/esm/api";

const { withFrontDoor } = await tsImport(path.join(process.cwd(), "lib/runtime/front-door.ts"), import.meta.url);
const createServer = http.createServer;
http.createServer = function createServerBehindFrontDoor(...args) {
  return createServer.apply(this, args.map((arg) => (typeof arg === "function" ? withFrontDoor(arg) : arg)));
};
