/** Add articles: upload files and/or submit page, feed or OPML URLs. Writing needs the token the operator configured. */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { ingest } from '../api/client.js';
import { ApiError } from '../api/http.js';
import { readToken, saveToken } from '../api/token.js';
import type { IngestReport } from '../api/types.js';
import { useDocumentTitle } from '../components/document-title.js';
import { FileDrop } from '../components/file-drop.js';
import { Link } from '../routing/router.js';

type Status = { state: 'idle' } | { state: 'sending' } | { state: 'done'; report: IngestReport } | { state: 'failed'; message: string };

function splitUrls(text: string): string[] {
  return text
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
}

function Report({ report }: { report: IngestReport }): JSX.Element {
  const problems = [...report.failures, ...(report.skippedItems ?? [])];
  return (
    <div class="state done" role="status">
      <p>
        <strong>
          {report.new} new article{report.new === 1 ? '' : 's'}
        </strong>
        , {report.unchanged} unchanged, {report.newVersions} new version{report.newVersions === 1 ? '' : 's'}, {report.failed} failed, {report.skipped} skipped
        ({report.documents} document{report.documents === 1 ? '' : 's'} from {report.inputs} input{report.inputs === 1 ? '' : 's'}).{' '}
        <Link href="/">See the stories</Link>
      </p>
      {problems.length > 0 && (
        <ul class="problems">
          {problems.map((problem, index) => (
            <li key={index}>
              <bdi>{problem.subject}</bdi>: {problem.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function IngestPage(): JSX.Element {
  useDocumentTitle('Add articles');
  const [token, setToken] = useState(readToken);
  const [files, setFiles] = useState<File[]>([]);
  const [urlText, setUrlText] = useState('');
  const [status, setStatus] = useState<Status>({ state: 'idle' });
  const urls = splitUrls(urlText);
  const invalid = urls.filter((url) => !/^https?:\/\/\S+$/i.test(url));

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (files.length === 0 && urls.length === 0) {
      setStatus({ state: 'failed', message: 'Choose at least one file or paste at least one URL.' });
      return;
    }
    if (invalid.length > 0) {
      setStatus({ state: 'failed', message: `Not an http(s) URL: ${invalid.join(', ')}` });
      return;
    }
    if (!token) {
      setStatus({ state: 'failed', message: 'Adding articles needs the write token the operator set with `newsloom serve --token` (or NEWSLOOM_TOKEN).' });
      return;
    }
    setStatus({ state: 'sending' });
    try {
      const report = await ingest({ files, urls, token });
      setStatus({ state: 'done', report });
      setFiles([]);
      setUrlText('');
    } catch (error) {
      const message = error instanceof ApiError && error.status === 401 ? `The token was refused: ${error.message}` : (error as Error).message;
      setStatus({ state: 'failed', message });
    }
  };

  return (
    <>
      <h1>Add articles</h1>
      <form class="ingest-form" onSubmit={(event) => void submit(event)} aria-describedby="ingest-help">
        <p id="ingest-help" class="note">
          Files are read like <code>newsloom ingest</code> reads them; URLs may be article pages, RSS/Atom/JSON feeds, OPML lists or WARC files.
          Each new article is cleaned, deduplicated and placed in a story.
        </p>
        <FileDrop files={files} onChange={setFiles} />
        <label for="ingest-urls">URLs of pages or feeds, one per line</label>
        <textarea id="ingest-urls" rows={4} dir="ltr" value={urlText} onInput={(event) => setUrlText(event.currentTarget.value)} placeholder="https://example.com/news/story.html" />
        <label for="ingest-token">Write token</label>
        <input
          id="ingest-token"
          type="password"
          autoComplete="off"
          aria-describedby="ingest-token-note"
          value={token}
          onInput={(event) => {
            setToken(event.currentTarget.value);
            saveToken(event.currentTarget.value);
          }}
        />
        <p id="ingest-token-note" class="note">
          Kept in this tab only, until it closes.
        </p>
        <button type="submit" disabled={status.state === 'sending'}>
          {status.state === 'sending' ? 'Adding…' : 'Add articles'}
        </button>
      </form>
      <div class="ingest-status" aria-live="polite">
        {status.state === 'done' && <Report report={status.report} />}
        {status.state === 'failed' && (
          <p class="state error" role="alert">
            {status.message}
          </p>
        )}
      </div>
    </>
  );
}
