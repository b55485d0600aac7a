// What a view says on a database with no claims at all (not "no claims match these filters").
import Link from "next/link";

export function NoClaimsYet() {
  return (
    <div className="empty" data-testid="no-claims-yet">
      <p>
        <strong>There are no claims yet: the database is empty.</strong> The <Link href="/">Overview</Link> says how to add reports or a data set.
      </p>
    </div>
  );
}
