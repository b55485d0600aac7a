// Every CSV download has a companion: the same address with `about=1` answers a short
// text with what the file holds, its filters in words, its sources with their licences
// (UCDP GED's CC BY 4.0 attribution, ACLED's terms) and how to cite it. The CSV itself
// stays plain data that any reader parses.
import { ApiError } from "@/lib/http/api-error";

export const ABOUT_PARAM = "about";

/** Takes `about` off the query (so the view's own schema never sees it): true for `about=1`, a 400 for any other value. */
export function takeAboutFlag(params: URLSearchParams): boolean {
  const values = params.getAll(ABOUT_PARAM);
  if (values.length === 0) return false;
  params.delete(ABOUT_PARAM);
  if (values.length !== 1 || values[0] !== "1") {
    throw new ApiError(400, "bad_request", "Parameter `about` must be 1 (the file's sources, licences and citation as text) or left out.");
  }
  return true;
}

/** The companion's address beside a CSV link: the CSV's own query plus `about=1`. */
export function aboutHref(csvHref: string): string {
  return `${csvHref}${csvHref.includes("?") ? "&" : "?"}${ABOUT_PARAM}=1`;
}

/** "timeseries_side-regime.csv" -> "timeseries_side-regime-README.txt" */
export function aboutFileName(csvFileName: string): string {
  return csvFileName.replace(/\.csv$/, "") + "-README.txt";
}
