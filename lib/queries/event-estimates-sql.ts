// Moved to lib/sql/event-estimates.ts. This re-export keeps lib/mutations (the write
// path, edited on another branch) building until its imports move too; read code
// imports lib/sql directly.
export { DISPUTED, eventEstimatesCtes } from "@/lib/sql/event-estimates";
