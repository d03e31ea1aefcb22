import { useT } from '../i18n/use-t';
import { toggleSizeByValue, useSizeByValue } from './priority-view-store';
import './priorities-value.css';

/** The 2×2's option to size cards by net value, a toggle in the view's header. */
export function SizeByValueToggle() {
  const on = useSizeByValue();
  const t = useT();
  return (
    <button type="button" className="button prio-size-toggle" aria-pressed={on} title={t('valueViews.priorities.sizeByValueHint')} onClick={toggleSizeByValue}>
      <span className="prio-size-toggle__box" aria-hidden="true">
        {on ? '✓' : ''}
      </span>
      {t('valueViews.priorities.sizeByValue')}
    </button>
  );
}
