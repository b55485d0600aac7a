import type { ReviewedClaims } from "@/lib/queries/count-reviewed-claims";

/** "3 of 1,204 claims shown were reviewed by an editor": how much of what is on screen a person has checked. */
export function ReviewedClaimsNote({ counts, scope }: { counts: ReviewedClaims; scope: string }) {
  const n = (x: number) => x.toLocaleString("en-GB");
  const share = counts.shown === 0 ? 0 : (100 * counts.reviewed) / counts.shown;
  return (
    <p data-testid="reviewed-claims">
      <strong>{n(counts.reviewed)}</strong> of the <strong>{n(counts.shown)}</strong> claims {scope} {counts.reviewed === 1 ? "was" : "were"} reviewed by an
      editor (accepted or corrected{counts.addedByHand > 0 ? `, ${n(counts.addedByHand)} of them added by hand` : ""}), {share.toFixed(1)}%; the rest
      are as the extractor read them. Rejected claims are hidden everywhere.
    </p>
  );
}
