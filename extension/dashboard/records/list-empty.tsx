import { useI18n } from '../../ui/i18n/use-i18n';
import { nameValues } from './record-list-names';
import type { ListFilterState } from './use-list-filter';

type ListEmptyProps = { filter: ListFilterState; hint: string };

/** An empty list says what to do next: widen the filter, or how records get in. */
export function ListEmpty({ filter, hint }: ListEmptyProps) {
  const { t } = useI18n();
  const { names } = filter;
  const words = nameValues(t, names);
  return (
    <p class="empty">
      {filter.activeCount > 0 || filter.params.has('q') ? (
        <>
          {t('records.list.noMatch', words)}{' '}
          <a href={names.route} data-testid="reset-list">
            {t('records.list.showAll', words)}
          </a>{' '}
          {t('records.list.widen')}
        </>
      ) : (
        hint
      )}
    </p>
  );
}
