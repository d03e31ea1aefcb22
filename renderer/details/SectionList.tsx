import type { DetailSection } from './detail-sections';
import { useT } from '../i18n/use-t';

/** Sections other features registered for this kind of item (roadmap dependencies, KPI check-ins, …). */
export function SectionList({ sections, id }: { sections: readonly DetailSection[]; id: string }) {
  const t = useT();
  return (
    <>
      {sections.map(({ id: sectionId, titleKey, Component }) => (
        <section key={sectionId} className="detail-section" aria-label={t(titleKey)}>
          <h3 className="detail-section__title">{t(titleKey)}</h3>
          <Component id={id} />
        </section>
      ))}
    </>
  );
}
