// Reads a request body with a size cap: past the cap the request is refused with
// 413 before it is all in memory.
import { decodeUtf8 } from "@/lib/values/plain-text";
import { ApiError } from "./api-error";

export async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = () => new ApiError(413, "payload_too_large", `The request body is over the ${Math.round(maxBytes / 1024)} KB limit.`);
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw tooLarge();
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  // As the command-line ingest does: bytes that are not UTF-8 are refused, never stored as U+FFFD.
  const text = decodeUtf8(Buffer.concat(chunks));
  if (text === null) throw new ApiError(400, "bad_request", "The request body is not valid UTF-8 text; save the file as UTF-8 and try again.");
  return text;
}
