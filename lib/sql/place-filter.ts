// The one meaning of a place filter: a canonical place and every profile place
// within it (a province takes in its towns). What carries the place is the
// target's: an event's canonical place (and so its claims'), a data-set row's own.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { getProfile } from "@/lib/profiles";
import { placesWithin } from "@/lib/profiles/places-within";

/** The ids of the places named and of every profile place that lies in them. */
export function placeIdsIn(names: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT id FROM places WHERE name = ANY(${placesWithin(getProfile(), names)}::text[]))`;
}
