import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../../../shared/entities/appointment';
import { TASK_STATUS_FILTERS, type StatusFilter, type TaskStatusFilter } from '../../../shared/timeline/status-filter';
import { useI18n } from '../../ui/i18n/use-i18n';
import { APPOINTMENT_STATUS_NAMES, TASK_STATUS_NAMES } from '../../timeline/timeline-labels';

type StatusFilterFieldsProps = {
  value: StatusFilter;
  onChange: (value: StatusFilter) => void;
  /** My work always lists one kind of task (open or done); the timeline may show all. */
  anyTask: boolean;
};

/** The tasks' and appointments' status filters, shared by the timeline and My work. */
export function StatusFilterFields({ value, onChange, anyTask }: StatusFilterFieldsProps) {
  const { t } = useI18n();
  return (
    <span class="status-filters">
      <label>
        {t('timeline.filter.taskStatus')}{' '}
        <select
          name="taskStatus"
          value={value.taskStatus ?? ''}
          onChange={(e) =>
            onChange({ ...value, taskStatus: (e.currentTarget.value || undefined) as TaskStatusFilter | undefined })
          }
        >
          {anyTask && <option value="">{t('timeline.filter.anyStatus')}</option>}
          {TASK_STATUS_FILTERS.map((s) => (
            <option key={s} value={s}>
              {t(TASK_STATUS_NAMES[s])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('timeline.filter.appointmentStatus')}{' '}
        <select
          name="appointmentStatus"
          value={value.appointmentStatus ?? ''}
          onChange={(e) =>
            onChange({ ...value, appointmentStatus: (e.currentTarget.value || undefined) as AppointmentStatus | undefined })
          }
        >
          <option value="">{t('timeline.filter.anyStatus')}</option>
          {APPOINTMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(APPOINTMENT_STATUS_NAMES[s])}
            </option>
          ))}
        </select>
      </label>
    </span>
  );
}
