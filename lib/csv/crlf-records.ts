// COPY ends CSV records with LF; RFC 4180 wants CRLF. This rewrites record ends
// only, never a line break inside a quoted field, tracking quotes across chunks.
import { Transform } from "node:stream";

const QUOTE = 0x22;
const LF = 0x0a;
const CRLF = Buffer.from("\r\n");

export function crlfRecords(): Transform {
  let inQuotes = false;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const parts: Buffer[] = [];
      let from = 0;
      for (let i = 0; i < chunk.length; i++) {
        const byte = chunk[i];
        if (byte === QUOTE) inQuotes = !inQuotes; // an escaped "" toggles twice: no net change
        else if (byte === LF && !inQuotes) {
          parts.push(chunk.subarray(from, i), CRLF);
          from = i + 1;
        }
      }
      parts.push(chunk.subarray(from));
      done(null, Buffer.concat(parts));
    },
  });
}
