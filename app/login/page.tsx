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
      <section className="panel note account-help" aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">No account yet?</h2>
        <p>Accounts are made by whoever runs this installation, in one of three ways:</p>
        <ul>
          <li>
            on the server, from the checkout (it asks for the password, or reads it from standard input):
            <pre><code>npm run user:create -- --email you@example.org --role editor</code></pre>
            (<code>--role admin</code> for an admin; run it again to reset a password);
          </li>
          <li>
            by an admin, through the API: <code>POST /api/users</code> with a JSON body of <code>email</code>, <code>password</code> and <code>role</code>;
          </li>
          <li>
            the first admin, on a first start with no accounts, from the <code>ADMIN_EMAIL</code> and <code>ADMIN_PASSWORD</code> environment variables.
          </li>
        </ul>
      </section>
    </>
  );
}
