import type { DetailSection } from './detail-sections';

/** Sections other features registered for this kind of item (roadmap dependencies, KPI check-ins, …). */
export function SectionList({ sections, id }: { sections: readonly DetailSection[]; id: string }) {
  return (
    <>
      {sections.map(({ id: sectionId, title, Component }) => (
        <section key={sectionId} className="detail-section" aria-label={title}>
          <h3 className="detail-section__title">{title}</h3>
          <Component id={id} />
        </section>
      ))}
    </>
  );
}
