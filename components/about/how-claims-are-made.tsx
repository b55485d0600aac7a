// What a reader must know before trusting a claim: how it was extracted, how well
// the extractor measures, and how much an editor has checked. Shown on /claims and /about.
import Link from "next/link";
import { getMeasuredFigures } from "@/lib/evaluation/measured";
import type { ReviewedClaims } from "@/lib/queries/count-reviewed-claims";
import { MeasuredAccuracy } from "./measured-accuracy";
import { ReviewedClaimsNote } from "./reviewed-claims-note";

export function HowClaimsAreMade({ reviewed, scope, linkToAbout = true }: { reviewed: ReviewedClaims; scope: string; linkToAbout?: boolean }) {
  const figures = getMeasuredFigures();
  return (
    <section className="panel how-made" aria-labelledby="how-made" id="how-claims-are-made">
      <h2 id="how-made">How these claims were made</h2>
      <p>
        Each claim was read from its report by a rule-based extractor ({figures.extractor.name} {figures.extractor.version}), not by a person and not
        by a trained model: it finds each figure in a sentence, links it to a casualty word, and reads whose dead they were, who said so, where and
        when. The same text always gives the same claims. Every claim keeps its sentence, so each can be checked against its report; a claim the
        extractor was unsure of carries its confidence and the reason (hover its figure).
        {linkToAbout && (
          <>
            {" "}
            <Link href="/about">About the product, its conventions and how to cite it</Link>.
          </>
        )}
      </p>
      <ReviewedClaimsNote counts={reviewed} scope={scope} />
      <MeasuredAccuracy figures={figures} />
    </section>
  );
}
