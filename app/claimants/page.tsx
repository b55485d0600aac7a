import type { Metadata } from "next";
import Link from "next/link";
import { DatabaseUnavailable } from "@/components/ui/database-unavailable";
import { getPageAccess } from "@/lib/auth/page-access";
import { loadPageData } from "@/lib/routes/load-page-data";
import { listClaimants } from "@/lib/queries/list-claimants";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claimants" };

export default async function ClaimantsPage() {
  const { user } = await getPageAccess();
  if (!user) {
    return (
      <div className="notice">
        <h1>Claimants</h1>
        <p>Only editors see the claimant registry&apos;s gaps. <Link href="/login?next=/claimants">Log in</Link> first.</p>
      </div>
    );
  }
  const result = await loadPageData(() => listClaimants());
  if (!result.ok) return <DatabaseUnavailable />;
  const unknown = result.data.filter((c) => !c.registered).length;
  return (
    <>
      <h1>Claimants</h1>
      <p className="lede">
        Who the claims are attributed to. {unknown} claimant{unknown === 1 ? " is" : "s are"} not in the profile&apos;s claimant registry (<code>claimants</code> in{" "}
        <code>lib/profiles/syria.json</code>): add the recurring ones with their aliases, kind and the side they speak for, so that their claims meet under one
        name and their partisan words are read in their voice.
      </p>
      <table className="compact" aria-label="Claimants">
        <thead>
          <tr><th>Claimant</th><th className="num">Claims</th><th>In the registry</th><th>Kind</th><th>Speaks for</th></tr>
        </thead>
        <tbody>
          {result.data.map((c) => (
            <tr key={c.name} data-testid={c.registered ? "registered-claimant" : "unregistered-claimant"}>
              <td><Link href={`/claims?claimant=${encodeURIComponent(c.name)}`}>{c.name}</Link></td>
              <td className="num">{c.claims}</td>
              <td>{c.registered ? "yes" : "no"}</td>
              <td>{c.kind ?? "—"}</td>
              <td>{c.side ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
