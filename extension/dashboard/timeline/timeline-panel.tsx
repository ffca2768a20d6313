import { useState } from 'preact/hooks';
import type { Activity } from '../../../shared/entities/activity';
import type { Appointment, AppointmentStatus } from '../../../shared/entities/appointment';
import type { Attachment } from '../../../shared/entities/attachment';
import type { Task } from '../../../shared/entities/task';
import { TIMELINE_KINDS, type TimelineKind } from '../../../shared/timeline/timeline-item';
import { filesApi } from '../../../shared/api/files.api';
import { appointmentsApi, tasksApi } from '../../../shared/api/timeline.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { downloadAppointmentIcs } from './appointment-ics';
import { downloadFile } from '../ui/download-file';
import { FileDrop } from '../ui/file-drop';
import { TimelineComposer, type ComposerKind, type FollowUp } from './timeline-composer';
import { TimelineExport } from './timeline-export';
import { TimelineItemView } from './timeline-item-view';
import { StatusFilterFields } from './status-filter-fields';
import { KIND_NAMES } from '../../timeline/timeline-labels';
import type { Lookups } from '../records/use-lookups';
import { useTimeline, type TimelineFilter, type TimelineTarget } from './use-timeline';
import './timeline.css';
import { DateField } from '../../ui/date-field';

type TimelinePanelProps = {
  api: ApiClient;
  target: TimelineTarget;
  /** The company's or person's name, for export file names. */
  name: string;
  lookups: Lookups | null;
  people: { id: string; name: string }[];
  /** Counters and lists elsewhere on the card change with what is added here. */
  onChanged: () => void;
  onSignedOut: () => void;
};

/** The customer's whole story, newest first: add to it, filter it by kind and date, page through it. */
export function TimelinePanel({ api, target, name, lookups, people, onChanged, onSignedOut }: TimelinePanelProps) {
  const { t } = useI18n();
  const [filter, setFilter] = useState<TimelineFilter>({ kinds: [...TIMELINE_KINDS], from: '', to: '' });
  const [kind, setKind] = useState<ComposerKind>('activity');
  const [followUp, setFollowUp] = useState<FollowUp | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timeline = useTimeline(api, target, filter, onSignedOut);
  const changed = () => {
    timeline.reload();
    onChanged();
  };
  const toggleKind = (k: TimelineKind) =>
    setFilter({ ...filter, kinds: filter.kinds.includes(k) ? filter.kinds.filter((x) => x !== k) : [...filter.kinds, k] });
  const act = async (work: () => Promise<unknown>) => {
    setFailure(null);
    try {
      await work();
      changed();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  const done = (task: Task) => void act(() => api.call(tasksApi.update, { params: { id: task.id }, json: { status: 'done' } }));
  const setStatus = (a: Appointment, status: AppointmentStatus) =>
    void act(() => api.call(appointmentsApi.update, { params: { id: a.id }, json: { status } }));
  const startFollowUp = (source: Activity | Appointment) => {
    setFollowUp({ id: source.id, subject: 'subject' in source ? source.subject : source.title });
    setKind('task');
  };
  const download = (file: Attachment) =>
    void act(async () =>
      downloadFile(await (await api.callRaw(filesApi.download, { params: { id: file.id } })).blob(), file.fileName),
    );
  return (
    <div class="timeline-panel" data-testid="timeline">
      <TimelineComposer
        api={api}
        target={target}
        lookups={lookups}
        people={people}
        kind={kind}
        followUp={followUp}
        onKind={(k) => {
          setKind(k);
          if (k !== 'task') setFollowUp(null);
        }}
        onSaved={() => {
          setFollowUp(null);
          changed();
        }}
      />
      <FileDrop api={api} target={target} onUploaded={changed} />
      <fieldset class="timeline-filter">
        <legend>{t('timeline.filter.show')}</legend>
        {TIMELINE_KINDS.map((k) => (
          <label key={k} class="row">
            <input type="checkbox" checked={filter.kinds.includes(k)} onChange={() => toggleKind(k)} />
            {t(KIND_NAMES[k])}
          </label>
        ))}
        <label>
          {t('timeline.filter.from')}{' '}
          <DateField name="timelineFrom" value={filter.from} onChange={(from) => setFilter({ ...filter, from })} />
        </label>
        <label>
          {t('timeline.filter.to')}{' '}
          <DateField name="timelineTo" value={filter.to} onChange={(to) => setFilter({ ...filter, to })} />
        </label>
        <StatusFilterFields value={filter} onChange={(status) => setFilter({ ...filter, ...status })} anyTask />
      </fieldset>
      <TimelineExport api={api} target={target} filter={filter} lookups={lookups} name={name} />
      {(timeline.error ?? failure) && <p class="error">{timeline.error ?? failure}</p>}
      {filter.kinds.length === 0 ? (
        <p class="empty">{t('timeline.filter.noKinds')}</p>
      ) : (
        <>
          {!timeline.loading && timeline.items.length === 0 && !timeline.error && (
            <p class="empty">{t('timeline.panel.empty')}</p>
          )}
          <ol class="timeline-list">
            {timeline.items.map((item) => (
              <TimelineItemView
                key={`${item.kind}:${item.id}`}
                item={item}
                lookups={lookups}
                onDone={done}
                onAppointmentStatus={setStatus}
                onFollowUp={startFollowUp}
                onDownload={download}
                onDownloadIcs={(a) => void act(() => downloadAppointmentIcs(api, a))}
              />
            ))}
          </ol>
          {timeline.hasMore && (
            <button type="button" class="secondary" disabled={timeline.loading} onClick={timeline.more}>
              {timeline.loading ? t('common.loading') : t('timeline.panel.showOlder')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
