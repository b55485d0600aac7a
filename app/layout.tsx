import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ViewTabs } from "@/components/layout/view-tabs";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Casualty claims", template: "%s · Casualty claims" },
  description: "Who claimed how many were killed, wounded or captured, sentence by sentence.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="site-header">
          <nav aria-label="Main">
            <Link href="/" className="brand">Casualty claims</Link>
            <Suspense fallback={null}>
              <ViewTabs />
            </Suspense>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
