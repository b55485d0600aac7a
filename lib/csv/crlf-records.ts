// COPY ends CSV records with LF; RFC 4180 wants CRLF. This rewrites record ends
// only, never a line break inside a quoted field, tracking quotes across chunks.
// It also gathers COPY's one-row chunks into blocks of 64 KB: a million tiny chunks
// through the web stream of the response cost far more than the bytes themselves.
import { Transform } from "node:stream";

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");
const BLOCK = 64 * 1024;

export function crlfRecords(): Transform {
  let inQuotes = false;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  const keep = (part: Buffer) => {
    pending.push(part);
    pendingBytes += part.length;
  };
  const takeBlock = () => {
    const block = Buffer.concat(pending, pendingBytes);
    pending = [];
    pendingBytes = 0;
    return block;
  };
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      let from = 0; // start of what is not yet kept
      let scanned = 0; // quotes are counted up to here
      for (let i = chunk.indexOf(LF); i !== -1; i = chunk.indexOf(LF, i + 1)) {
        inQuotes = countQuotes(chunk, scanned, i, inQuotes);
        scanned = i + 1;
        if (inQuotes) continue; // a line break inside a quoted field stays as it is
        keep(chunk.subarray(from, i));
        keep(CRLF);
        from = i + 1;
      }
      inQuotes = countQuotes(chunk, scanned, chunk.length, inQuotes);
      keep(chunk.subarray(from));
      done(null, pendingBytes >= BLOCK ? takeBlock() : undefined);
    },
    flush(done) {
      done(null, pendingBytes ? takeBlock() : undefined);
    },
  });
}

/** The quoting state after the bytes start..end, from the state before them (an escaped "" toggles twice). */
function countQuotes(chunk: Buffer, start: number, end: number, inQuotes: boolean): boolean {
  for (let i = chunk.indexOf(QUOTE, start); i !== -1 && i < end; i = chunk.indexOf(QUOTE, i + 1)) inQuotes = !inQuotes;
  return inQuotes;
}
