-- Hand-written: the overview's "all sides" card sums the month x place rows that hold all
-- sides together (side ''), lib/queries/get-side-totals.ts. Through the primary key that
-- reads every side's rows of the convention and outcome (60,000 at 1M claims, 40 ms);
-- this partial index holds only the all-sides rows and every column the sum reads.
-- Partial, so schema.prisma does not declare it.
CREATE INDEX "month_place_estimates_all_sides_idx" ON "month_place_estimates" ("convention", "outcome") INCLUDE ("low", "best", "high", "open_events", "events", "place_id") WHERE "side" = '';
