import { useState } from 'preact/hooks';
import { filesApi } from '../../../shared/api/files.api';
import type { ApiClient } from '../../api/api-client';
import type { TimelineTarget } from '../timeline/use-timeline';

type FileDropProps = { api: ApiClient; target: TimelineTarget; onUploaded: () => void };

/** Drop files here (or pick them): each is uploaded to the card, one at a time, with progress and a reason when refused. */
export function FileDrop({ api, target, onUploaded }: FileDropProps) {
  const [over, setOver] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const upload = async (files: File[]) => {
    const failed: string[] = [];
    for (const [i, file] of files.entries()) {
      setStatus(`Uploading ${file.name} (${i + 1} of ${files.length})…`);
      const typed = file.type ? file : new File([file], file.name, { type: 'application/octet-stream' });
      try {
        await api.callRaw(filesApi.upload, { query: { ...target, name: file.name } }, typed);
      } catch (err) {
        failed.push(`${file.name}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    setStatus(null);
    setErrors(failed);
    onUploaded();
  };
  return (
    <div
      class={over ? 'file-drop over' : 'file-drop'}
      data-testid="file-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void upload([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <label>
        Drop files here, or <span class="link">choose files</span>
        <input
          type="file"
          multiple
          class="visually-hidden"
          data-testid="file-input"
          onChange={(e) => void upload([...(e.currentTarget.files ?? [])])}
        />
      </label>
      {status && <p class="muted small">{status}</p>}
      {errors.map((message) => (
        <p key={message} class="error small">
          {message}
        </p>
      ))}
    </div>
  );
}
