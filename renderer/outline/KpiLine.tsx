import { EditableText } from '../components/EditableText';
import { baselineToTarget, directionText } from '../format/kpi-format';
import { renameKpi } from '../store/plan-actions';
import { selectKpi } from '../store/plan-selectors';
import { usePlanner } from '../store/store';
import { draftFollows, nextSiblingOnEnter, titleEditKey } from './edit-keys';
import { DraftSibling } from './DraftSibling';
import { useSelectable } from './use-selectable';
import { useT } from '../i18n/use-t';

export function KpiLine({ id }: { id: string }) {
  const kpi = usePlanner((s) => selectKpi(id)(s));
  const selectable = useSelectable('kpi', id);
  const draftAfter = usePlanner(draftFollows('kpi', id));
  const t = useT();
  if (!kpi) return null;
  return (
    <>
      <li className="kpi" data-testid="kpi" {...selectable}>
        <span className="level-tag level-tag--kpi">{t('outline.kpi.tag')}</span>
        <EditableText
          className="kpi__name"
          label={t('outline.kpi.nameLabel')}
          value={kpi.name}
          editKey={titleEditKey('kpi', id)}
          onEditEnd={nextSiblingOnEnter('kpi', id)}
          onCommit={(name) => renameKpi(id, name)}
        />
        <span className="kpi__values">
          {baselineToTarget(kpi)}
          <span className="kpi__direction">
            {' '}
            ({kpi.direction === 'up' ? '↑' : '↓'} {directionText(kpi.direction)})
          </span>
        </span>
      </li>
      {draftAfter && <DraftSibling after={{ kind: 'kpi', id }} kind="kpi" />}
    </>
  );
}
