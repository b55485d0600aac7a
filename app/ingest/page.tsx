import type { Metadata } from "next";
import Link from "next/link";
import { IngestForm } from "@/components/review/ingest-form";
import { getPageAccess } from "@/lib/auth/page-access";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ingest a report" };

export default async function IngestPage() {
  const { user } = await getPageAccess();
  if (!user) {
    return (
      <div className="notice">
        <h1>Ingest a report</h1>
        <p>Only editors can add reports. <Link href="/login?next=/ingest">Log in</Link> first.</p>
      </div>
    );
  }
  return (
    <>
      <h1>Ingest a report</h1>
      <p className="lede">Paste a report or upload a file, preview the casualty claims found in it, then save. The same text is never stored twice.</p>
      <IngestForm />
    </>
  );
}
