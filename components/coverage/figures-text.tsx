import { formatRange } from "@/lib/format/counts";
import type { CoverageFigures } from "@/lib/queries/get-coverage-by-month";

/** A casualty figure as every view writes it: the best estimate with its low–high; a dash where none was claimed (missing is not zero). */
export function FiguresText({ figures }: { figures: CoverageFigures | null }) {
  if (!figures) return <span className="muted">—</span>;
  return (
    <span title={`${figures.events} event${figures.events === 1 ? "" : "s"}; low ${figures.low}, best ${figures.best}, high ${figures.high}${figures.highOpen ? " (open-ended)" : ""}`}>
      <strong>{figures.best}</strong> <span className="muted small">({formatRange(figures.low, figures.high, figures.highOpen)})</span>
    </span>
  );
}
