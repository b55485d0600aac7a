export function DatabaseUnavailable() {
  return (
    <div className="notice error" role="alert">
      <h1>Database unavailable</h1>
      <p>The database cannot be reached right now, so this page cannot show its data. Reload in a moment; nothing you stored is lost.</p>
    </div>
  );
}
