/**
 * Choose files by dropping them or with the file picker (the picker is a real, focusable input, so the
 * keyboard works); chosen files are listed and can be removed one by one.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function FileDrop({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }): JSX.Element {
  const [dragging, setDragging] = useState(false);
  const add = (list: FileList | null | undefined): void => {
    if (!list || list.length === 0) return;
    const known = new Set(files.map((file) => `${file.name}\u0000${file.size}`));
    onChange([...files, ...[...list].filter((file) => !known.has(`${file.name}\u0000${file.size}`))]);
  };
  return (
    <div
      class={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(event) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        add(event.dataTransfer?.files);
      }}
    >
      <label for="ingest-files">
        <strong>Drop files here</strong> or choose them: HTML, text, JSON/JSONL records, RSS/Atom feeds, OPML, WARC (also .gz)
      </label>
      <input
        id="ingest-files"
        type="file"
        multiple
        onChange={(event) => {
          add(event.currentTarget.files);
          event.currentTarget.value = '';
        }}
      />
      {files.length > 0 && (
        <ul class="file-list" aria-label="Chosen files">
          {files.map((file, index) => (
            <li key={`${file.name}-${index}`}>
              <bdi>{file.name}</bdi> <span class="note">{formatSize(file.size)}</span>{' '}
              <button type="button" class="link-button" onClick={() => onChange(files.filter((_, i) => i !== index))} aria-label={`Remove ${file.name}`}>
                remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
