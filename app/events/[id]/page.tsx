import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DatasetRowsBeside } from "@/components/events/dataset-rows-beside";
import { EstimateDerivation } from "@/components/events/estimate-derivation";
import { EventHistory } from "@/components/events/event-history";
import { IgnoredValuesNotice } from "@/components/filters/ignored-values-notice";
import { ConventionNote } from "@/components/ui/convention-note";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { getPageAccess } from "@/lib/auth/page-access";
import { answerBadRequestForMalformed } from "@/lib/filters/malformed-url-status";
import { parseLenientReporting } from "@/lib/filters/parse-search-params";
import { toQueryString } from "@/lib/filters/serialize";
import { DEFAULT_FILTERS } from "@/lib/filters/filter-schema";
import { formatCoordinates } from "@/lib/format/coordinates";
import { formatPeriod } from "@/lib/format/dates";
import { loadPageData } from "@/lib/routes/load-page-data";
import { setPageStatus } from "@/lib/http/page-status";
import { isMalformedPathId } from "@/lib/http/path-id";
import { findEventRecord } from "@/lib/queries/find-event-record";
import { eventQuerySchema } from "@/lib/schemas/view-queries";
import { pathIdSchema } from "@/lib/values/integers";

export const dynamic = "force-dynamic";

const SCOPE_MEANING: Record<string, string> = {
  incident: "incident: deaths in one attack or one day's fighting",
  cumulative: "cumulative: a total over a period, compared with the incidents in it, never added to them",
};

/** The address as a person can read it: control characters (a NUL) shown as a replacement mark. */
function shown(raw: string): string {
  return raw.slice(0, 40).replace(/[\u0000-\u001F\u007F]|[\uD800-\uDFFF]/g, "\uFFFD");
}

export async function generateMetadata({ params }: PageProps<"/events/[id]">): Promise<Metadata> {
  const { id } = await params;
  return { title: isMalformedPathId(id) ? "Bad event address" : `Event ${id}` };
}

export default async function EventPage({ params, searchParams }: PageProps<"/events/[id]">) {
  const raw = (await params).id;
  if (isMalformedPathId(raw)) {
    setPageStatus(400);
    return (
      <div className="notice error" role="alert" data-testid="bad-event-id">
        <h1>Not an event address</h1>
        <p>
          “{shown(raw)}” is not an event number. Event addresses are written in digits, such as <code>/events/12</code>; follow an event&apos;s link from{" "}
          <Link href="/compare">Compare sources</Link> or <Link href="/uncertainty">Uncertainty</Link>.
        </p>
      </div>
    );
  }
  const id = pathIdSchema.safeParse(raw);
  if (!id.success) notFound();
  const { query, ignored } = parseLenientReporting(eventQuerySchema, await searchParams);
  answerBadRequestForMalformed(ignored);
  const { convention } = query;
  const { user } = await getPageAccess();
  const result = await loadPageData(() => findEventRecord(id.data, convention, { showEditors: user !== null }));
  if (!result.ok) return <DatabaseUnavailable />;
  const event = result.data;
  if (!event) notFound();

  const reports = new Set(event.claims.map((c) => c.reportId)).size;
  const otherConvention = convention === "acled" ? "literal-v1" : "acled";
  return (
    <article className="event-page">
      <p><Link href="/compare">← Compare sources</Link></p>
      <IgnoredValuesNotice ignored={ignored} cleanHref={`/events/${event.id}`} />
      {event.dataset && (
        <p className="notice" role="note">
          A row of the curated data set <strong>{event.dataset}</strong>: its figures are kept exactly as published. It is compared with news events, never
          grouped with them.
        </p>
      )}
      <h1>
        Event {event.id}: {event.place?.name ?? "place unknown"}, {formatPeriod(event.periodStart, event.periodEnd)}
        {event.label && <span className="muted"> · {event.label}</span>}
      </h1>
      <dl className="event-facts">
        <dt>Period</dt>
        <dd data-testid="event-period">{formatPeriod(event.periodStart, event.periodEnd)}</dd>
        <dt>Place</dt>
        <dd data-testid="event-place">
          {event.place ? (
            <>
              {event.place.name}
              {event.place.kind && <span className="muted"> ({event.place.kind})</span>}
              {event.place.latitude !== null && event.place.longitude !== null && <span className="muted"> · {formatCoordinates(event.place.latitude, event.place.longitude)}</span>}
            </>
          ) : (
            "unknown: no claim in it names a place the profile knows"
          )}
        </dd>
        <dt>Scope</dt>
        <dd data-testid="event-scope">{SCOPE_MEANING[event.scope] ?? event.scope}</dd>
        <dt>Evidence</dt>
        <dd>
          {event.claims.length} claim{event.claims.length === 1 ? "" : "s"} from {reports} report{reports === 1 ? "" : "s"}; grouped {event.isManual ? "by an editor (merged or split)" : "automatically on ingest"}
        </dd>
        {event.links && (
          <>
            <dt>In the other views</dt>
            <dd data-testid="event-view-links">
              <Link href={event.links.compare}>Compare sources</Link>
              {event.links.uncertainty.map((u) => (
                <span key={u.outcome}> · <Link href={u.href}>Uncertainty ({u.outcome})</Link></span>
              ))}
              <span className="muted small"> (filtered to its place, start day and scope)</span>
            </dd>
          </>
        )}
      </dl>

      <h2>Each side&apos;s estimate and how it was derived</h2>
      <ConventionNote convention={convention} />
      <p className="muted small">
        <Link href={`/events/${event.id}${toQueryString({ convention: otherConvention }, { convention: DEFAULT_FILTERS.convention })}`}>Read vague words by the {otherConvention} convention instead</Link>
      </p>
      {event.estimates.length === 0 ? (
        <p className="empty">No claim of this event counts towards an estimate (all were rejected).</p>
      ) : (
        event.estimates.map((e) => (
          <EstimateDerivation key={`${e.side}-${e.outcome}`} estimate={e} claims={event.claims.filter((c) => c.side === e.side && c.outcome === e.outcome)} />
        ))
      )}

      <h2>Data sets for the same place and month</h2>
      <DatasetRowsBeside data={event.datasetRows} />

      <h2>History</h2>
      <EventHistory entries={event.history} />
    </article>
  );
}
