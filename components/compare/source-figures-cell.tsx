// What each source said about a row, in one compact cell beside the estimate:
// "SOHR ≥30 · Rudaw ≥30 · ARA News 71", each figure linked to its sentence.
import Link from "next/link";
import { FIGURE_SEPARATOR, formatSourceFigure, orderSourceFigures } from "@/lib/format/source-figures";
import type { ComparisonClaim } from "@/lib/queries/get-comparison";

export function claimHref(claim: ComparisonClaim): string {
  return `/reports/${claim.reportId}#q-${claim.claimId}`;
}

/** One source's figure, linked to the sentence it came from (the quote on hover). */
export function SourceFigureLink({ claim }: { claim: ComparisonClaim }) {
  return (
    <Link href={claimHref(claim)} title={`“${claim.quote}” (${claim.numberText})`} data-testid="source-figure">
      {formatSourceFigure(claim)}
    </Link>
  );
}

export function SourceFiguresCell({ cells }: { cells: Record<string, ComparisonClaim> }) {
  const ordered = orderSourceFigures(cells);
  if (ordered.length === 0) return <span className="muted">—</span>;
  return (
    <span className="source-figures" data-testid="source-figures">
      {ordered.map(([source, claim], i) => (
        <span key={source} className="source-figure">
          {i > 0 && <span className="muted">{FIGURE_SEPARATOR}</span>}
          <span className="source-name">{source}</span> <SourceFigureLink claim={claim} />
        </span>
      ))}
    </span>
  );
}
