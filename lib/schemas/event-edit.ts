import { z } from "zod";

const id = z.number().int().min(1).max(2_147_483_647);
export const mergeEventsSchema = z.object({ eventIds: z.array(id).min(2, "name at least two events").max(100) }).strict();
export const splitEventSchema = z.object({ claimIds: z.array(id).min(1, "choose at least one claim").max(1000) }).strict();
