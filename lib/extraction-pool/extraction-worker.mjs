// The body of one extraction worker thread: loads the extractor (TypeScript, through
// tsx) once, then answers { id, text, meta, options, profileId } messages with the
// claims or an error message. Plain JavaScript because the thread starts outside any
// TypeScript loader (inside `next start` as much as under tsx).
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

const root = workerData.root;
const { extractClaims } = await tsImport(path.join(root, "lib/extraction/index.ts"), import.meta.url);
const { getProfile } = await tsImport(path.join(root, "lib/profiles/index.ts"), import.meta.url);

parentPort.on("message", ({ id, text, meta, options, profileId }) => {
  try {
    parentPort.postMessage({ id, claims: extractClaims(text, meta, getProfile(profileId), options) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });
