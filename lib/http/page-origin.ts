// The site's origin in a server component (which has no Request): the host and
// protocol the reader used, as lib/http/forwarded.ts reads them.
import "server-only";
import { headers } from "next/headers";
import { originFromHeaders } from "./forwarded";

export async function getPageOrigin(): Promise<string> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    // Outside a request (a page rendered directly by a test): the address the app serves on here.
    return `http://localhost:${process.env.PORT ?? 3000}`;
  }
  return originFromHeaders(requestHeaders);
}
