// Everything the event page shows and /api/events/[id] answers, in one read: the
// event with its estimates and claims, the data sets' rows for its place and month,
// its editors' history, and the links that open it in the other views.
import "server-only";
import type { Convention } from "@/lib/filters/filter-schema";
import { eventViewLinks, type EventViewLinks } from "@/lib/filters/event-view-links";
import { findEvent, type EventDetail } from "./find-event";
import { getEventHistory, type EventHistoryEntry } from "./get-event-history";
import { listDatasetRowsBesideEvent, type DatasetRowsBesideEvent } from "./list-dataset-rows-beside-event";

export type EventRecord = EventDetail & { datasetRows: DatasetRowsBesideEvent; history: EventHistoryEntry[]; links: EventViewLinks };

export async function findEventRecord(id: number, convention: Convention, options: { showEditors: boolean }): Promise<EventRecord | null> {
  const event = await findEvent(id, convention);
  if (!event) return null;
  const [datasetRows, history] = await Promise.all([
    listDatasetRowsBesideEvent({ id, place: event.place?.name ?? null, periodStart: event.periodStart }),
    getEventHistory(id, options),
  ]);
  const outcomes = [...new Set(event.estimates.map((e) => e.outcome))];
  return { ...event, datasetRows, history, links: eventViewLinks({ ...event, place: event.place?.name ?? null, outcomes }) };
}
