// Parsed rows -> what the importer writes: per row its report text, place and one
// claim per side (UCDP's roles mapped to the profile's sides; roles that land on the
// same side are added into one claim, or the estimate would keep only one of them).
// Also the names no side knows, with their row counts, for the import summary.
import type { ConflictProfile, Place } from "@/lib/profiles/schema";
import { mapActorToSide } from "./map-actor-to-side";
import { locateRow, type RowLocation } from "./locate-row";
import type { DatasetRow, DeathRole } from "./parse-dataset-file";
import { buildRowReport } from "./row-report";

/** A side the profile does not have, made for an actor name no alias matches. */
export type ActorSide = { key: string; label: string; rows: number };

export type PlannedClaim = { sideKey: string; count: number; quoteStart: number; quoteEnd: number; sideText: string | null };
export type PlannedRow = { row: DatasetRow; title: string; text: string; location: RowLocation; claims: PlannedClaim[] };
export type DatasetPlan = { rows: PlannedRow[]; actorSides: ActorSide[]; places: Place[] };

const ROLE_SIDE: Partial<Record<DeathRole, string>> = { civilians: "civilians", unknown: "unknown", all: "mixed" };

/** A side key for an actor name: a slug the filters accept (^[a-z0-9_-]{1,40}$), unique per name. */
export function actorSideKey(name: string, taken: Set<string>): string {
  const slug = name.normalize("NFKD").replace(/[^\x00-\x7f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 34) || "actor";
  let key = `a-${slug}`;
  for (let n = 2; taken.has(key); n++) key = `a-${slug}-${n}`;
  taken.add(key);
  return key;
}

export function planDatasetRows(profile: ConflictProfile, dataset: string, family: string, rows: DatasetRow[], existingActorSides: Map<string, string>): DatasetPlan {
  const actorSides = new Map<string, ActorSide>();
  const taken = new Set<string>([...profile.sides.map((s) => s.key), ...existingActorSides.values()]);
  const sideOfActor = (actor: string | null): string => {
    if (!actor) return "unknown";
    const mapped = mapActorToSide(profile, actor);
    if (mapped) return mapped;
    let side = actorSides.get(actor);
    if (!side) {
      side = { key: existingActorSides.get(actor) ?? actorSideKey(actor, taken), label: actor, rows: 0 };
      actorSides.set(actor, side);
    }
    side.rows += 1;
    return side.key;
  };
  const places = new Map<string, Place>();
  const planned = rows.map((row): PlannedRow => {
    const report = buildRowReport(dataset, family, row);
    const bySide = new Map<string, PlannedClaim>();
    for (const line of report.lines) {
      const sideKey = ROLE_SIDE[line.role] ?? sideOfActor(line.actor);
      const same = bySide.get(sideKey);
      if (same) {
        same.count += line.count;
        same.quoteStart = Math.min(same.quoteStart, line.start);
        same.quoteEnd = Math.max(same.quoteEnd, line.end);
        same.sideText = [same.sideText, line.actor].filter(Boolean).join(" + ") || null;
      } else {
        bySide.set(sideKey, { sideKey, count: line.count, quoteStart: line.start, quoteEnd: line.end, sideText: line.actor });
      }
    }
    const location = locateRow(profile, row);
    if (location.place) places.set(location.place.name, location.place);
    return { row, title: report.title, text: report.text, location, claims: [...bySide.values()] };
  });
  return { rows: planned, actorSides: [...actorSides.values()].sort((a, b) => b.rows - a.rows), places: [...places.values()] };
}
