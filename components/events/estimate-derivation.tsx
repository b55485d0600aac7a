// One side and outcome of an event: the stored low, best and high, and beside each
// claim the part it plays: counted once for its claimant (and which of low, best,
// high it gives), or set aside as the claimant's earlier word.
import Link from "next/link";
import { PlaceAsWritten } from "@/components/claims/place-as-written";
import { formatCount, formatRange } from "@/lib/format/counts";
import { formatPeriod, formatPublished } from "@/lib/format/dates";
import { getProfile } from "@/lib/profiles";
import { isOwnVoice } from "@/lib/profiles/own-voice";
import type { EventClaimDetail, EventSideEstimate } from "@/lib/queries/find-event";

type Props = { estimate: EventSideEstimate; claims: EventClaimDetail[] };

function roles(estimate: EventSideEstimate, claimId: number): string[] {
  const d = estimate.derivation;
  const out: string[] = [];
  if (d.lowFrom.includes(claimId)) out.push(`low ${estimate.low}`);
  if (d.bestFrom.includes(claimId)) out.push(`best ${estimate.best}`);
  if (d.highFrom.includes(claimId)) out.push(`high ${estimate.high}${estimate.highOpen ? "+" : ""}`);
  return out;
}

export function EstimateDerivation({ estimate: e, claims }: Props) {
  const profile = getProfile();
  const d = e.derivation;
  const supersededBy = new Map(d.superseded.map((s) => [s.claimId, s.byClaimId]));
  const points = claims.filter((c) => d.countedClaimIds.includes(c.id)).map((c) => c.point).sort((a, b) => a - b);
  return (
    <section style={{ ["--side" as string]: e.sideColour }} className={`panel estimate${e.disputed ? " disputed-row" : ""}`} data-testid="event-estimate" data-side={e.side} data-outcome={e.outcome}>
      <h3>
        {e.sideLabel} · {e.outcome}{" "}
        <span className="estimate-figures" data-testid="estimate-figures">
          low {e.low} · best {e.best} · high {e.high}{e.highOpen ? "+" : ""}
        </span>
        {e.disputed && <span className="badge disputed">disputed</span>}
      </h3>
      <p className="muted small" data-testid="estimate-working">
        {e.claimantCount === 1 ? (
          <>
            One claimant{d.superseded.length > 0 ? `, counted once by its latest statement (${d.superseded.length} earlier set aside)` : ""}: its figure
            is the estimate{e.highOpen ? ", open at the top" : ""}.
          </>
        ) : (
          <>
            {e.claimCount} claims from {e.claimantCount} claimants; each claimant counts once, by its latest statement
            {d.superseded.length > 0 && ` (${d.superseded.length} earlier statement${d.superseded.length === 1 ? "" : "s"} set aside)`}. Low is the smallest
            lower bound, high the largest figure stated{e.highOpen ? " (open: an open-ended claim states it)" : ""}, best the lower median of the points
            ({points.join(", ")}){e.disputed ? "; disputed: two or more claimants, high at least twice low" : ""}.
          </>
        )}{" "}
        Range {formatRange(e.low, e.high, e.highOpen)}.
      </p>
      <ol className="claim-list event-claims">
        {claims.map((c) => {
          const by = supersededBy.get(c.id);
          const parts = roles(e, c.id);
          return (
            <li key={c.id} id={`claim-${c.id}`} data-testid="event-claim" className={by ? "superseded" : undefined}>
              <span className="claim-figure">{formatCount(c)}</span>{" "}
              <span className="muted">“{c.numberText}”{c.countCorrected ? " · editor's figure" : ""}</span>{" "}
              {by ? (
                <span className="badge" data-testid="claim-role">set aside: {c.claimant} spoke again (<a href={`#claim-${by}`}>claim {by}</a>)</span>
              ) : (
                <>
                  <span className="badge counted" data-testid="claim-role">counted</span>
                  {parts.map((p) => <span key={p} className="badge role">{p}</span>)}
                </>
              )}
              <div className="muted small">
                {c.claimant}
                {!isOwnVoice(profile, c.outlet, c.claimant) && <> in {c.outlet}</>} · {formatPublished(c.publishedOn, c.publishedOn ? "day" : "unknown")} · {c.place ?? c.placeAsWritten ?? "place unknown"} · {formatPeriod(c.periodStart, c.periodEnd)}
                {c.scope === "cumulative" && <> · <span className="badge">cumulative</span></>}
              </div>
              <p className="claim-quote">
                <Link href={`/reports/${c.reportId}#q-${c.id}`} data-testid="claim-report-link">“{c.quote}”</Link>
                <PlaceAsWritten place={c.place} asWritten={c.placeAsWritten} />
              </p>
              <p className="small">
                Report: <Link href={`/reports/${c.reportId}`}>{c.reportTitle}</Link>
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
