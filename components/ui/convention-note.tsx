import type { ConventionId } from "@/lib/claim-vocabulary";
import { CONVENTIONS } from "@/lib/extraction/conventions";

/** Says which vague-word convention produced the figures on screen. */
export function ConventionNote({ convention }: { convention: ConventionId }) {
  const c = CONVENTIONS[convention];
  const sample = ["several", "dozens", "scores", "hundreds"].map((w) => `${w} = ${c.values[w]}`).join(", ");
  return (
    <p className="muted small" data-testid="convention-note">
      Vague words counted by the <strong>{c.label}</strong> convention ({convention}): {sample}.
    </p>
  );
}
