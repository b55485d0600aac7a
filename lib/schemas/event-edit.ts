import { z } from "zod";
import { idSchema } from "@/lib/values/integers";

const id = idSchema;
export const mergeEventsSchema = z.object({ eventIds: z.array(id).min(2, "name at least two events").max(100) }).strict();
export const splitEventSchema = z.object({ claimIds: z.array(id).min(1, "choose at least one claim").max(1000) }).strict();
