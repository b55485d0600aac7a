// A page whose URL holds a malformed value (a date that is no calendar day, a NUL, a
// number in hex) answers 400, as the API does for the same value, while still showing
// the view without it and naming the value in its notice: a person reads the page, a
// link checker or script sees the status. Values that are well formed but unknown
// (a side no profile has) are not errors of the URL's form and keep their 200.
import type { IgnoredValue } from "./parse-search-params";
import { setPageStatus } from "@/lib/http/page-status";

export function answerBadRequestForMalformed(ignored: readonly IgnoredValue[]): void {
  if (ignored.some((v) => v.reason)) setPageStatus(400);
}
