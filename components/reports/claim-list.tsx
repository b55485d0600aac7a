import { PlaceAsWritten, placeShown } from "@/components/claims/place-as-written";
import { EventLink } from "@/components/events/event-link";
import { ClaimEditor } from "@/components/review/claim-editor";
import { formatCount } from "@/lib/format/counts";
import type { ReportClaim } from "@/lib/queries/find-report";

const OUTCOME_VERB: Record<string, string> = { killed: "killed", wounded: "wounded", captured: "captured" };

function formatPeriod(start: string | null, end: string | null): string {
  if (!start) return "period unknown";
  return start === end || !end ? start : `${start} – ${end}`;
}

type Props = { claims: ReportClaim[]; editor?: { sides: { key: string; label: string }[] } };

/** The report's claims; editors also see rejected ones and the review controls. */
export function ClaimList({ claims: all, editor }: Props) {
  const claims = editor ? all : all.filter((c) => c.reviewStatus !== "rejected");
  if (claims.length === 0) {
    return <p className="empty">No casualty claims were found in this report.</p>;
  }
  return (
    <ol className="claim-list" aria-label="Claims in this report">
      {claims.map((c) => (
        <li key={c.id} style={{ ["--side" as string]: c.sideColour }} data-testid="claim" className={c.reviewStatus === "rejected" ? "rejected" : undefined}>
          <span className="claim-figure">{formatCount(c)}</span> {c.sideLabel} {OUTCOME_VERB[c.outcome] ?? c.outcome}
          {c.scope === "cumulative" && <> <span className="badge">cumulative</span></>}
          {c.countCorrected && (
            <>
              {" "}
              <span className="badge" title={`An editor set this count for "${c.numberText}"; it wins over the vague-word convention.`} data-testid="count-corrected">
                editor's figure
              </span>
            </>
          )}
          <div className="muted">
            {c.claimant} · {placeShown(c.place, c.placeText) ?? "place unknown"} · {formatPeriod(c.periodStart, c.periodEnd)}
            {c.eventId !== null && <> · <EventLink eventId={c.eventId} /></>}
          </div>
          <p className="claim-quote">
            <a href={`#q-${c.id}`}>“{c.quote}”</a>
            <PlaceAsWritten place={c.place} asWritten={c.placeText} />
          </p>
          {editor && <ClaimEditor claim={c} sides={editor.sides} />}
        </li>
      ))}
    </ol>
  );
}
