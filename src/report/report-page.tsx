import type { MessageMap } from '../core/messages';

type LedgerData = MessageMap['get-ledger']['response'];

export function ReportPage({ data, welcome, onClearAll }: { data: LedgerData; welcome: boolean; onClearAll: () => void }) {
  const sites = [...Object.values(data.ledger.sites), ...Object.values(data.incognito.sites)].sort((a, b) => b.lastSeen - a.lastSeen);
  return (
    <main>
      <h1>Cookie Audit</h1>
      {welcome && (
        <section class="notice" aria-label="Welcome">
          <p>
            Cookie Audit records the <code>Set-Cookie</code> headers of every response your browser receives, counts how often each
            cookie is re-sent, and shows what the browser really keeps. Open the toolbar button on any site to see its cookies.
            Nothing leaves this computer; cookie values stay in this browser's extension storage and are redacted in exports.
          </p>
        </section>
      )}
      {data.notice && <p class="notice" role="status">{data.notice}</p>}
      <h2>Recorded sites</h2>
      {sites.length === 0 ? (
        <p class="empty">No site recorded yet. Browse a site, then come back.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Responses</th>
              <th scope="col">Cookies</th>
              <th scope="col">Last seen</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((s) => (
              <tr key={s.site} data-site={s.site}>
                <td>{s.site}</td>
                <td>{s.responses}</td>
                <td>{Object.keys(s.cookies).length}</td>
                <td>{new Date(s.lastSeen).toLocaleString()}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" onClick={onClearAll}>
          Clear all data
        </button>
      </p>
    </main>
  );
}
