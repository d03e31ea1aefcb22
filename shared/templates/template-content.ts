import type { Locale } from '../i18n/locales';

/*
 * The words of the templates and of the stock example, in each language the app speaks. They are
 * plan content, not interface text: written once into a new plan's file in the language it was
 * created in, then the team's own to edit. So they live here, beside the builders, rather than in
 * the message catalogues, which hold what the app says and follow the app's language.
 */

export interface ExampleRowText {
  pillar: string;
  objective: string;
  application: string;
  owner: string;
  kpi: { name: string; unit: string; source: string };
}

export interface TemplateContent {
  blankTitle: string;
  example: {
    title: string;
    organisation: string;
    /** Customer acquisition, operational efficiency, product innovation, customer retention. */
    rows: readonly [ExampleRowText, ExampleRowText, ExampleRowText, ExampleRowText];
    privacyNote: string;
    /** The order-entry automation's direct benefit: a hire it makes unnecessary. */
    avoidedHire: string;
    milestones: { leadNominated: string; audited: string; policyApproved: string; quarterlyReview: string };
    guidingQuestions: { businessGoals: string; aiContribution: string; technologyFit: string; roiMeasurement: string };
    readiness: { vision: string; usesToAvoid: string };
  };
}

export const TEMPLATE_CONTENT: Record<Locale, TemplateContent> = {
  en: {
    blankTitle: 'Untitled AI plan',
    example: {
      title: 'AI alignment plan',
      organisation: 'Example Ltd',
      rows: [
        {
          pillar: 'Customer Acquisition',
          objective: 'Increase lead generation',
          application: 'AI-powered chatbot for website engagement',
          owner: 'Head of Marketing',
          kpi: { name: 'Qualified leads per month', unit: 'leads', source: 'CRM' },
        },
        {
          pillar: 'Operational Efficiency',
          objective: 'Reduce order processing time',
          application: 'Robotic process automation for order entry',
          owner: 'Operations Manager',
          kpi: { name: 'Average order processing time', unit: 'minutes', source: 'ERP order log' },
        },
        {
          pillar: 'Product Innovation',
          objective: 'Identify new product opportunities',
          application: 'Machine learning for market trend analysis',
          owner: 'Product Lead',
          kpi: { name: 'New product ideas per quarter', unit: 'ideas', source: 'Product board minutes' },
        },
        {
          pillar: 'Customer Retention',
          objective: 'Improve customer satisfaction',
          application: 'AI-driven personalised customer service',
          owner: 'Customer Service Lead',
          kpi: { name: 'Customer satisfaction score (CSAT)', unit: '%', source: 'Post-contact survey' },
        },
      ],
      privacyNote: 'Privacy review booked before the pilot.',
      avoidedHire: 'Avoided hire: half an order clerk',
      milestones: {
        leadNominated: 'AI lead nominated',
        audited: 'Processes and data audited',
        policyApproved: 'AI policy approved',
        quarterlyReview: 'Quarterly review',
      },
      guidingQuestions: {
        businessGoals: 'Grow qualified leads by half and cut order handling time in the next two years.',
        aiContribution: 'Automate repetitive order entry and answer routine website questions so staff focus on customers.',
        technologyFit: 'Start with off-the-shelf tools that integrate with our CRM and ERP; build custom only where data is ours alone.',
        roiMeasurement: 'One KPI per initiative with a baseline measured before the pilot and a target agreed by its owner.',
      },
      readiness: {
        vision: 'Use AI to remove repetitive work and answer customers faster; no automated decisions about people.',
        usesToAvoid: 'No AI-made hiring or credit decisions; no customer data in public AI tools.',
      },
    },
  },
  de: {
    blankTitle: 'Unbenannter KI-Plan',
    example: {
      title: 'KI-Ausrichtungsplan',
      organisation: 'Beispiel GmbH',
      rows: [
        {
          pillar: 'Kundengewinnung',
          objective: 'Mehr Leads gewinnen',
          application: 'KI-gestützter Chatbot für Besucher der Website',
          owner: 'Leitung Marketing',
          kpi: { name: 'Qualifizierte Leads pro Monat', unit: 'Leads', source: 'CRM' },
        },
        {
          pillar: 'Operative Effizienz',
          objective: 'Bearbeitungszeit von Aufträgen verkürzen',
          application: 'Robotergestützte Prozessautomatisierung für die Auftragserfassung',
          owner: 'Betriebsleitung',
          kpi: { name: 'Durchschnittliche Bearbeitungszeit je Auftrag', unit: 'Minuten', source: 'Auftragsprotokoll im ERP' },
        },
        {
          pillar: 'Produktinnovation',
          objective: 'Neue Produktchancen erkennen',
          application: 'Maschinelles Lernen für die Analyse von Markttrends',
          owner: 'Produktleitung',
          kpi: { name: 'Neue Produktideen pro Quartal', unit: 'Ideen', source: 'Protokolle des Produktgremiums' },
        },
        {
          pillar: 'Kundenbindung',
          objective: 'Kundenzufriedenheit verbessern',
          application: 'KI-gestützter, personalisierter Kundenservice',
          owner: 'Leitung Kundenservice',
          kpi: { name: 'Kundenzufriedenheit (CSAT)', unit: '%', source: 'Umfrage nach dem Kundenkontakt' },
        },
      ],
      privacyNote: 'Datenschutzprüfung vor dem Pilotbetrieb eingeplant.',
      avoidedHire: 'Vermiedene Einstellung: eine halbe Stelle in der Auftragserfassung',
      milestones: {
        leadNominated: 'KI-Verantwortliche Person benannt',
        audited: 'Prozesse und Daten geprüft',
        policyApproved: 'KI-Richtlinie verabschiedet',
        quarterlyReview: 'Quartalsbesprechung',
      },
      guidingQuestions: {
        businessGoals: 'In den nächsten zwei Jahren die qualifizierten Leads um die Hälfte steigern und die Bearbeitungszeit von Aufträgen senken.',
        aiContribution: 'Die wiederkehrende Auftragserfassung automatisieren und Routinefragen auf der Website beantworten, damit sich die Mitarbeitenden auf die Kunden konzentrieren können.',
        technologyFit: 'Mit Standardwerkzeugen beginnen, die sich in unser CRM und ERP einfügen; nur dort selbst entwickeln, wo die Daten allein uns gehören.',
        roiMeasurement: 'Ein KPI je Initiative, mit einem vor dem Pilotbetrieb gemessenen Ausgangswert und einem mit der verantwortlichen Person vereinbarten Zielwert.',
      },
      readiness: {
        vision: 'KI nutzen, um wiederkehrende Arbeit abzubauen und Kunden schneller zu antworten; keine automatisierten Entscheidungen über Menschen.',
        usesToAvoid: 'Keine Einstellungs- oder Kreditentscheidungen durch KI; keine Kundendaten in öffentlichen KI-Werkzeugen.',
      },
    },
  },
  vi: {
    blankTitle: 'Kế hoạch AI chưa đặt tên',
    example: {
      title: 'Kế hoạch gắn kết AI với chiến lược',
      organisation: 'Công ty TNHH Ví Dụ',
      rows: [
        {
          pillar: 'Thu hút khách hàng',
          objective: 'Tăng số khách hàng tiềm năng',
          application: 'Chatbot AI tương tác với khách truy cập website',
          owner: 'Trưởng phòng Marketing',
          kpi: { name: 'Số khách hàng tiềm năng đủ điều kiện mỗi tháng', unit: 'khách hàng', source: 'CRM' },
        },
        {
          pillar: 'Hiệu quả vận hành',
          objective: 'Rút ngắn thời gian xử lý đơn hàng',
          application: 'Tự động hóa quy trình bằng robot (RPA) cho khâu nhập đơn hàng',
          owner: 'Quản lý vận hành',
          kpi: { name: 'Thời gian xử lý đơn hàng trung bình', unit: 'phút', source: 'Nhật ký đơn hàng trên ERP' },
        },
        {
          pillar: 'Đổi mới sản phẩm',
          objective: 'Tìm ra cơ hội sản phẩm mới',
          application: 'Học máy để phân tích xu hướng thị trường',
          owner: 'Trưởng nhóm sản phẩm',
          kpi: { name: 'Số ý tưởng sản phẩm mới mỗi quý', unit: 'ý tưởng', source: 'Biên bản họp hội đồng sản phẩm' },
        },
        {
          pillar: 'Giữ chân khách hàng',
          objective: 'Nâng cao sự hài lòng của khách hàng',
          application: 'Dịch vụ khách hàng cá nhân hóa nhờ AI',
          owner: 'Trưởng bộ phận chăm sóc khách hàng',
          kpi: { name: 'Điểm hài lòng của khách hàng (CSAT)', unit: '%', source: 'Khảo sát sau mỗi lần liên hệ' },
        },
      ],
      privacyNote: 'Đã lên lịch đánh giá quyền riêng tư trước giai đoạn thí điểm.',
      avoidedHire: 'Tránh tuyển dụng: nửa vị trí nhân viên nhập đơn hàng',
      milestones: {
        leadNominated: 'Đã chỉ định người phụ trách AI',
        audited: 'Đã rà soát quy trình và dữ liệu',
        policyApproved: 'Đã phê duyệt chính sách AI',
        quarterlyReview: 'Đánh giá hằng quý',
      },
      guidingQuestions: {
        businessGoals: 'Trong hai năm tới, tăng số khách hàng tiềm năng đủ điều kiện thêm một nửa và rút ngắn thời gian xử lý đơn hàng.',
        aiContribution: 'Tự động hóa việc nhập đơn hàng lặp đi lặp lại và trả lời các câu hỏi thường gặp trên website để nhân viên tập trung vào khách hàng.',
        technologyFit: 'Bắt đầu với các công cụ có sẵn tích hợp được với CRM và ERP của chúng ta; chỉ tự xây dựng ở những chỗ dữ liệu là của riêng chúng ta.',
        roiMeasurement: 'Mỗi sáng kiến có một KPI, với giá trị ban đầu đo trước khi thí điểm và mục tiêu do người phụ trách thống nhất.',
      },
      readiness: {
        vision: 'Dùng AI để bớt công việc lặp lại và trả lời khách hàng nhanh hơn; không để máy tự động ra quyết định về con người.',
        usesToAvoid: 'Không dùng AI để quyết định tuyển dụng hay cấp tín dụng; không đưa dữ liệu khách hàng vào các công cụ AI công cộng.',
      },
    },
  },
};
