import { useState } from 'preact/hooks';
import { filesApi } from '../../../shared/api/files.api';
import type { ApiClient } from '../../api/api-client';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import type { TimelineTarget } from '../timeline/use-timeline';

type FileDropProps = { api: ApiClient; target: TimelineTarget; onUploaded: () => void };

/** Drop files here (or pick them): each is uploaded to the card, one at a time, with progress and a reason when refused. */
export function FileDrop({ api, target, onUploaded }: FileDropProps) {
  const { t } = useI18n();
  const [over, setOver] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const upload = async (files: File[]) => {
    const failed: string[] = [];
    for (const [i, file] of files.entries()) {
      // The status is set as each file starts, in the language shown at that moment.
      const now = currentI18n();
      const [index, total] = [now.f.integer(i + 1), now.f.integer(files.length)];
      setStatus(now.t('dashboard.fileDrop.uploading', { name: file.name, index, total }));
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
        {t('dashboard.fileDrop.drop')} <span class="link">{t('dashboard.fileDrop.choose')}</span>
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
