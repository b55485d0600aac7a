// Names each value of the page's URL that the page left out (unknown or malformed),
// so a mistyped link does not read as "no claims match". Renders nothing when all is well.
import Link from "next/link";
import { describeIgnoredValue } from "@/lib/filters/describe-ignored-value";
import type { IgnoredValue } from "@/lib/filters/parse-search-params";

export function IgnoredValuesNotice({ ignored, cleanHref }: { ignored: IgnoredValue[]; cleanHref: string }) {
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="ignored-values">
      {ignored.map((v, i) => (
        <p key={i}>{describeIgnoredValue(v)}</p>
      ))}
      <p className="small">
        The page shows the view without {ignored.length === 1 ? "it" : "them"}. <Link href={cleanHref}>Open the link without {ignored.length === 1 ? "it" : "them"}</Link>.
      </p>
    </div>
  );
}
