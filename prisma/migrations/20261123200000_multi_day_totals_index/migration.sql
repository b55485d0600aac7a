-- Hand-written: the events that run over more than one day are listed from
-- event_totals now (the spanning-events list), not from event_estimates; the
-- partial index moves with them, so each write keeps one index fewer up to date.
DROP INDEX "event_estimates_multi_day_idx";
CREATE INDEX "event_totals_multi_day_idx" ON "event_totals"("convention", "outcome", "period_start") WHERE "period_end" > "period_start";
