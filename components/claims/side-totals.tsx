import { formatRange } from "@/lib/format/counts";
import type { SideTotals as Totals } from "@/lib/queries/get-side-totals";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * One card per side, then all sides together. A "mixed" claim is never a card of its
 * own: it counts the same dead as the sides' claims of its event, so the all-sides
 * card takes, per event, the larger of the two, and names what only a mixed claim
 * counts as "not attributed to a side" (the same figure as the CSVs' side "all").
 */
export function SideTotals({ totals, outcome }: { totals: Totals; outcome: string }) {
  if (totals.sides.length === 0 && !totals.allSides) return null;
  return (
    <section aria-label={`Reported ${outcome} per side`} className="totals">
      {totals.sides.map((t) => (
        <div key={t.side} className="total-card" style={{ ["--side" as string]: t.colour }} data-testid="side-total" data-side={t.side}>
          <div className="total-label">{t.label}</div>
          <div className="total-range" title="low–high across claims; + where the top is open-ended">
            {formatRange(t.low, t.high, t.highOpen)}
          </div>
          <div className="muted small">
            best {t.best} · {plural(t.events, "event")} · {plural(t.claims, "claim")}
          </div>
        </div>
      ))}
      {totals.allSides && (
        <div className="total-card total-card-all" data-testid="all-sides-total" data-side="all">
          <div className="total-label">All sides</div>
          <div className="total-range" title="per event, the larger of the sides' sum and a total across sides">
            {formatRange(totals.allSides.low, totals.allSides.high, totals.allSides.highOpen)}
          </div>
          <div className="muted small">
            best {totals.allSides.best} · {plural(totals.allSides.events, "event")}
            {totals.unattributed && totals.unattributed.best > 0 && (
              <span data-testid="unattributed">
                {" "}
                · of which {totals.unattributed.best} not attributed to a side
              </span>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
