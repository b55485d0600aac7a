import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log in" };

export default async function LoginPage({ searchParams }: PageProps<"/login">) {
  const next = (await searchParams).next;
  return (
    <>
      <h1>Log in</h1>
      <p className="lede">Editors sign in to ingest reports and review claims. Reading needs no account unless this installation says otherwise.</p>
      <LoginForm next={typeof next === "string" ? next : undefined} />
    </>
  );
}
