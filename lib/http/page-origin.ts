// The site's origin in a server component (which has no Request): the host and
// protocol the reader used, as lib/http/forwarded.ts reads them.
import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "./forwarded";

export async function getPageOrigin(): Promise<string> {
  return originFromHeaders(await headers());
}
