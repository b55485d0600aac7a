import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { UserMenu } from "@/components/layout/user-menu";
import { ViewTabs } from "@/components/layout/view-tabs";
import { getPageAccess } from "@/lib/auth/page-access";
import { isEmbedPath } from "@/lib/http/embed-path";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Casualty claims", template: "%s · Casualty claims" },
  description: "Who claimed how many were killed, wounded or captured, sentence by sentence.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const access = await getPageAccess();
  // An embedded chart (/embed/…, shown in other sites' iframes) has no navigation.
  if (isEmbedPath(access.path)) {
    return (
      <html lang="en">
        <body className="embed">{access.mustSignIn ? <p className="notice">This installation is not public: sign in on the site to see this chart.</p> : children}</body>
      </html>
    );
  }
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">Casualty claims</Link>
            <Suspense fallback={null}>
              <ViewTabs />
            </Suspense>
            <UserMenu user={access.user} />
          </nav>
        </header>
        <main>
          {access.mustSignIn ? (
            <div className="notice">
              <h1>Sign in to read</h1>
              <p>This installation is not public. <Link href={`/login?next=${encodeURIComponent(access.path)}`}>Log in</Link> with an editor&apos;s account.</p>
            </div>
          ) : (
            children
          )}
        </main>
      </body>
    </html>
  );
}
