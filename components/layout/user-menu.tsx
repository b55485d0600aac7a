"use client";
// Signed in: who, links to ingest and to the review queue (low-confidence claims first), and Log out. Signed out: Log in.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { SessionUser } from "@/lib/auth/roles";

export function UserMenu({ user }: { user: SessionUser | null }) {
  const router = useRouter();
  if (!user) return <Link href="/login" className="user-menu">Log in</Link>;
  const logout = async () => {
    await fetch("/api/auth/logout", { method: "POST" });
    router.push("/");
    router.refresh();
  };
  return (
    <span className="user-menu">
      <Link href="/ingest">Ingest</Link>
      <Link href="/claims?review=needs-review&sort=confidence&dir=asc" data-testid="review-queue-link">Review queue</Link>
      <Link href="/claimants">Claimants</Link>
      <span className="muted" data-testid="signed-in-as">{user.email} ({user.role})</span>
      <button type="button" className="link-button" onClick={logout}>Log out</button>
    </span>
  );
}
