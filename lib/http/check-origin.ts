// A write must come from a page of this site: the browser's Origin (or, failing
// that, Referer) must name the host the request was sent to. Stops cross-site
// request forgery on top of the SameSite=Lax cookie.
import { ApiError } from "./api-error";
import { requestHost } from "./forwarded";

export function checkSameOrigin(request: Request): void {
  const host = requestHost(request);
  const source = request.headers.get("origin") ?? request.headers.get("referer");
  let sourceHost: string | null = null;
  try {
    sourceHost = source ? new URL(source).host : null;
  } catch {
    sourceHost = null;
  }
  if (!host || !sourceHost || sourceHost !== host) {
    throw new ApiError(403, "forbidden", "This request did not come from a page of this site, so it was refused.");
  }
}
