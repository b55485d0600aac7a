// The shape every route handler shares: run the handler, and turn whatever it
// throws into `{ error: { code, message } }` with the right status, never a stack trace.
import "server-only";
import { z } from "zod";
import { ApiError, errorBody } from "./api-error";
import { isDatabaseUnavailable } from "@/lib/db/is-database-unavailable";

type Handler<C> = (request: Request, context: C) => Promise<Response>;

export function withErrorHandling<C>(handler: Handler<C>): Handler<C> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (err) {
      return errorResponse(err);
    }
  };
}

export function errorResponse(err: unknown): Response {
  if (err instanceof ApiError) return Response.json(errorBody(err.code, err.message, err.details), { status: err.status });
  if (err instanceof z.ZodError) {
    const issue = err.issues[0];
    const field = issue?.path.join(".") || "request";
    return Response.json(errorBody("bad_request", `${field}: ${issue?.message ?? "invalid"}`), { status: 400 });
  }
  const prismaCode = (err as { code?: unknown })?.code;
  if (prismaCode === "P2002") return Response.json(errorBody("conflict", "That record already exists."), { status: 409 });
  if (prismaCode === "P2025") return Response.json(errorBody("not_found", "No such record."), { status: 404 });
  if (isDatabaseUnavailable(err)) {
    return Response.json(errorBody("db_unavailable", "The database is unavailable right now. Try again in a moment."), {
      status: 503,
    });
  }
  console.error("Unhandled error in route handler:", err);
  return Response.json(errorBody("internal", "Something went wrong on the server. It has been logged."), { status: 500 });
}
