// The overview of a database with no claims yet: what the product does and the three
// ways to get data in, with the exact commands (a fresh start without ../shared lands here).
import Link from "next/link";

export function EmptyDatabase() {
  return (
    <div className="getting-started" data-testid="empty-database">
      <h1>Casualty claims</h1>
      <p className="lede">
        This site turns war reports from monitors and media into an evidence base: every claim of people killed, wounded or captured, with the exact
        sentence it came from, who made it, for which side, place and period, reconciled event by event so you can see where the claims agree and where
        they do not.
      </p>
      <section className="panel">
        <h2>The database is empty: three ways to add data</h2>
        <ol className="steps">
          <li>
            <h3>Ingest a folder of reports</h3>
            <p>On the machine that runs the app, from the checkout:</p>
            <pre><code>npm run ingest -- FOLDER</code></pre>
            <p className="muted small">
              Each file is one report: a header of <code>title:</code>, <code>outlet:</code>, <code>url:</code> and <code>published:</code> lines, a blank
              line, then the text; or plain <code>.txt</code>/<code>.md</code> with <code>--outlet NAME --published YYYY-MM-DD</code>. Files it cannot read
              are named with the reason.
            </p>
          </li>
          <li>
            <h3>Paste a report in the browser</h3>
            <p>Create an editor account (it asks for the password):</p>
            <pre><code>npm run user:create -- --email you@example.org --role editor</code></pre>
            <p>
              then <Link href="/login?next=/ingest">log in</Link> and paste or upload a report on <Link href="/ingest">Ingest</Link>; preview its claims
              before saving.
            </p>
          </li>
          <li>
            <h3>Import a curated data set</h3>
            <p>A UCDP GED CSV (41-, 49- or 14-column layout) or an ACLED export:</p>
            <pre><code>npm run import:dataset -- FILE</code></pre>
            <p className="muted small">
              Add <code>--name &quot;UCDP GED 19.1&quot;</code> to name it. Its events are set beside the news claims (the overview&apos;s overlay, Compare by month and place) and listed on the{" "}
              <Link href="/datasets">Data sets</Link> page. Editors can also import one on <Link href="/ingest">Ingest</Link>.
            </p>
          </li>
        </ol>
        <p className="muted small">
          With the shared corpus beside the checkout (<code>../shared</code>, or <code>SHARED_DIR</code>), the first <code>npm start</code> on an empty
          database imports its five seed reports.
        </p>
      </section>
    </div>
  );
}
