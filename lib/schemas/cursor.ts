// The `cursor` of a paged view (keyset paging): where the next or previous page starts,
// as the sort key of the row it starts after. Opaque to readers (base64url JSON), so
// its form can change; checked here with zod, so a mangled cursor is a 400 that says so.
//   view  which view and sort order it was made for ("comparison:spread:desc"): a
//         cursor is only read by the order it came from
//   dir   "after": the rows after `key`; "before": the rows before it (a previous link)
//   key   the sort key of that row, one string (or null) per sort column, tie-breakers last
//   page  the page number the cursor leads to, for "Page 6 of 12"
//   total the row count the first page counted, carried along (deep pages do not count)
import { z } from "zod";

export const MAX_CURSOR_CHARS = 4000;

const cursorBodySchema = z.object({
  view: z.string().min(1).max(100),
  dir: z.enum(["after", "before"]),
  key: z.array(z.string().max(1000).nullable()).min(1).max(10),
  page: z.number().int().min(1).max(10_000_000),
  total: z.number().int().min(0).max(2_147_483_647),
});

export type Cursor = z.infer<typeof cursorBodySchema>;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), "utf8").toString("base64url");
}

function decode(text: string): unknown {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return undefined;
  }
}

/** The `cursor` query parameter: a cursor this app made, else a zod issue "is not a cursor this site made". */
export const cursorParam = z
  .string()
  .max(MAX_CURSOR_CHARS, `is longer than ${MAX_CURSOR_CHARS} characters`)
  .transform((text, ctx) => {
    const parsed = cursorBodySchema.safeParse(decode(text));
    if (parsed.success) return parsed.data;
    ctx.addIssue({ code: "custom", message: "is not a cursor this site made (copy the link of a Next or Previous page, or use `page`)" });
    return z.NEVER;
  });
