import type { Metadata } from "next";
import Link from "next/link";
import { HowClaimsAreMade } from "@/components/about/how-claims-are-made";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { loadPageData } from "@/lib/routes/load-page-data";
import { countReviewedClaims } from "@/lib/queries/count-reviewed-claims";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "About" };

export default async function AboutPage() {
  const result = await loadPageData(() => countReviewedClaims(DEFAULT_FILTERS));
  if (!result.ok) return <DatabaseUnavailable />;
  return (
    <article className="about">
      <h1>About</h1>
      <p className="lede">
        Reports from monitors and media make conflicting claims about how many people of each side were killed, wounded or captured. This product keeps
        every such claim with the exact sentence it came from, who made it, for which side, place and period, so that researchers, monitors,
        journalists and fact-checkers can see where the claims agree and where they do not.
      </p>

      <HowClaimsAreMade reviewed={result.data} scope="in the database" linkToAbout={false} />

      <section className="panel" aria-labelledby="conventions">
        <h2 id="conventions">Conventions</h2>
        <ul>
          <li><strong>A count is an interval.</strong> “At least 30” is 30 with an open top (shown ≥30, or 30+ in a range); “up to 70” is at most 70; “between 10 and 15” is 10–15.</li>
          <li><strong>Vague words follow a named convention</strong>, shown under every view: literal-v1 by default (several = 3, dozens = 24, scores = 40, hundreds = 200) or ACLED&apos;s (dozens = 12, hundreds = 100). A figure an editor set wins over both.</li>
          <li><strong>Missing is not zero.</strong> No figure given is empty; “no casualties were reported” is an exact 0. A month with no reports is no news, not no deaths (see <Link href="/coverage">Coverage</Link>).</li>
          <li><strong>Claims become estimates per event and side</strong>: one statement per claimant (an outlet repeating SOHR is SOHR again); low is the smallest lower bound, high the largest figure, best the median; disputed when high is at least twice low.</li>
          <li><strong>Totals are compared, never added</strong>: “since May 30” is set beside the sum of the incidents in its period. Curated data sets (UCDP, ACLED) are set beside the news, never added to it.</li>
        </ul>
      </section>

      <section className="panel" aria-labelledby="cite">
        <h2 id="cite">How to cite</h2>
        <p>Every view&apos;s whole state is in its address, so a link reproduces what you saw. Cite the view and the date you read it:</p>
        <pre>Casualty claims, “Compare sources” (outlet SOHR, 2015-06-01 to 2015-06-30), &lt;address of the view&gt;, retrieved &lt;date&gt;.</pre>
        <p>Cite a single figure by its sentence and its report, as the claim&apos;s link (<code>/reports/ID#q-CLAIM</code>) shows it:</p>
        <pre>“at least 30 members of the regime forces were killed” (SOHR, 25 June 2015), as extracted by Casualty claims, &lt;address of the claim&gt;.</pre>
        <p className="muted small">Say whether the claim was reviewed by an editor (its report page shows accepted or corrected) and which vague-word convention the figures use.</p>
      </section>
    </article>
  );
}
