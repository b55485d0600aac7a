// Turns a driver error into one sentence a person can act on: a bad DATABASE_URL
// must never surface as a stack trace.

type PgLikeError = { code?: string; message?: string; hostname?: string; address?: string };

export function describeConnectionError(err: unknown, url: string): string {
  const e = (err ?? {}) as PgLikeError;
  const where = redactUrl(url);
  switch (e.code) {
    case "ECONNREFUSED":
      return `Cannot reach PostgreSQL at ${where}: nothing is listening there. Is the server running?`;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `Cannot reach PostgreSQL at ${where}: the host name does not resolve.`;
    case "ETIMEDOUT":
      return `Cannot reach PostgreSQL at ${where}: the connection timed out.`;
    case "28P01":
    case "28000":
      return `PostgreSQL at ${where} refused the user name or password in DATABASE_URL.`;
    case "3D000":
      return `The database named in DATABASE_URL (${where}) does not exist: create it first.`;
    default:
      if (e.code === "ERR_INVALID_URL" || /invalid url/i.test(e.message ?? "")) {
        return `DATABASE_URL is not a valid PostgreSQL URL (expected postgresql://user:password@host:port/database).`;
      }
      return `Cannot use the database at ${where}: ${firstLine(e.message) ?? "unknown error"}.`;
  }
}

/** The URL without its password, safe to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unparseable URL)";
  }
}

function firstLine(message: string | undefined): string | undefined {
  return message?.split("\n")[0]?.replace(/\.$/, "");
}
