// Recognises "the database is not there" among the errors pg and Prisma throw,
// so callers answer 503 with a clear message instead of a generic 500.
const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EAI_AGAIN", "57P01", "57P03", "08006", "08001", "08003"]);

export function isDatabaseUnavailable(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && depth < 5; depth++) {
    const candidate = e as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown };
    if (typeof candidate.code === "string" && CONNECTION_CODES.has(candidate.code)) return true;
    if (candidate.name === "DriverAdapterError" || candidate.name === "PrismaClientInitializationError") {
      if (/connect|terminat|timeout|refused|closed/i.test(String(candidate.message))) return true;
    }
    if (typeof candidate.message === "string" && /(ECONNREFUSED|Connection terminated|connection timeout|Can't reach database)/i.test(candidate.message)) {
      return true;
    }
    e = candidate.cause;
  }
  return false;
}
