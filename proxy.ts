// Runs before every page: passes the path on to the layout (which decides whether
// a visitor must sign in first when PUBLIC_READ=false). Authorisation itself is
// checked on the server against the database, never here.
import { NextResponse, type NextRequest } from "next/server";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-pathname", request.nextUrl.pathname);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/((?!api/|_next/|icon.svg|readme/).*)"] };
