"use client";
// Shown when a page cannot be rendered; the server logged the cause. The most
// common one is a database that stopped: say so, and offer to try again.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = /database/i.test(error.message);
  return (
    <div className="notice error" role="alert">
      <h1>{unavailable ? "Database unavailable" : "Something went wrong"}</h1>
      <p>
        {unavailable
          ? "The database cannot be reached right now, so this page cannot show its data. It usually comes back within moments."
          : "This page could not be shown. The error has been logged on the server."}
      </p>
      <button type="button" onClick={() => reset()}>Try again</button>
    </div>
  );
}
