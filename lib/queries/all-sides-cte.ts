// Moved to lib/sql/all-sides-cte.ts. This re-export keeps lib/mutations (the write
// path, edited on another branch) building until its imports move too; read code
// imports lib/sql directly.
export { allSidesTotal } from "@/lib/sql/all-sides-cte";
