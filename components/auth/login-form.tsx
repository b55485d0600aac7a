"use client";
import { onSubmitData } from "@/components/ui/form-submit";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Only same-site paths: "?next=https://evil.example" must not send a user away. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") ? next : "/";
}

export function LoginForm({ next }: { next?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (form: FormData) => {
    setBusy(true);
    setError(null);
    const res = await fetch("/api/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: form.get("email"), password: form.get("password") }),
    }).catch(() => null);
    setBusy(false);
    if (res?.ok) {
      router.push(safeNext(next));
      router.refresh();
      return;
    }
    const body = res ? await res.json().catch(() => null) : null;
    setError(body?.error?.message ?? "The server could not be reached. Try again.");
  };

  return (
    <form className="form" onSubmit={onSubmitData(submit)}>
      <label className="field">
        <span>E-mail</span>
        <input name="email" type="email" autoComplete="username" required />
      </label>
      <label className="field">
        <span>Password</span>
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <p className="field-error" role="alert" aria-live="polite">{error}</p>
      <div>
        <button className="primary" type="submit" disabled={busy}>{busy ? "Signing in…" : "Log in"}</button>
      </div>
    </form>
  );
}
