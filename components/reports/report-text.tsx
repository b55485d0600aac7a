// The report's text as published, each claim's sentence marked at its offsets.
// Text is rendered as React text nodes only: nothing from a report becomes HTML.
import { highlightSegments } from "@/lib/reports/highlight-segments";
import type { ReportClaim } from "@/lib/queries/find-report";

export function ReportText({ text, claims }: { text: string; claims: ReportClaim[] }) {
  const segments = highlightSegments(text, claims);
  return (
    <div className="report-text" data-testid="report-text">
      {segments.map((segment, i) =>
        segment.claimIds.length ? (
          <mark key={i} id={`q-${segment.claimIds[0]}`} data-claims={segment.claimIds.join(" ")}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
