import { formatRange } from "@/lib/format/counts";
import type { SideTotal } from "@/lib/queries/get-side-totals";

export function SideTotals({ totals, outcome }: { totals: SideTotal[]; outcome: string }) {
  if (totals.length === 0) return null;
  return (
    <section aria-label={`Reported ${outcome} per side`} className="totals">
      {totals.map((t) => (
        <div key={t.side} className="total-card" style={{ ["--side" as string]: t.colour }} data-testid="side-total" data-side={t.side}>
          <div className="total-label">{t.label}</div>
          <div className="total-range" title="low–high across claims; + where the top is open-ended">
            {formatRange(t.low, t.high, t.highOpen)}
          </div>
          <div className="muted small">
            best {t.best} · {t.events} event{t.events === 1 ? "" : "s"} · {t.claims} claim{t.claims === 1 ? "" : "s"}
          </div>
        </div>
      ))}
    </section>
  );
}
