import type { TrashEntity } from '../api/trash.api';
import { noteText } from '../timeline/note-markup';
import { recordTypes } from './record-types';

type Row = Record<string, unknown>;

/** How the trash names a deleted record: a record type's own title, a timeline item's subject or title, a note's first words. */
export function trashTitle(entity: TrashEntity, row: Row): string {
  switch (entity) {
    case 'company':
    case 'contact':
      return recordTypes[entity].title(row as never);
    case 'activity':
      return String(row.subject);
    case 'task':
    case 'appointment':
      return String(row.title);
    case 'note': {
      const text = noteText(String(row.body)).replace(/\s+/g, ' ').trim();
      return text.length > 80 ? `${text.slice(0, 79)}…` : text;
    }
  }
}
