import type { Appointment } from '../../../shared/entities/appointment';
import { timelineApi } from '../../../shared/api/timeline.api';
import type { ApiClient } from '../../api/api-client';
import { downloadFile } from '../ui/download-file';

/** Downloads one appointment as an .ics file, under the name the server gives it. */
export async function downloadAppointmentIcs(api: ApiClient, appointment: Appointment) {
  const res = await api.callRaw(timelineApi.appointmentIcs, { params: { id: appointment.id } });
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  downloadFile(await res.blob(), name ? decodeURIComponent(name) : 'appointment.ics');
}
