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
  /** What the team wrote about each item, so the example's detail panel and board pack read as a real plan's. */
  pillarDescription: string;
  objectiveDescription: string;
  /** The business problem it solves, in a line (the workshop's "Problem" on a use case). */
  problem: string;
  description: string;
  dataReadiness: string;
  risk: string;
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
          pillarDescription: 'Win more of the right customers without adding sales staff.',
          objectiveDescription: 'Half of the website’s visitors leave without asking anything; catch their questions while they are still on the page.',
          problem: 'Website visitors with questions leave before anyone answers them.',
          description: 'A chatbot on the website answers common questions day and night, qualifies the visitor and books a call with sales.',
          dataReadiness: 'The FAQ and product sheets are current; CRM lead fields are filled in for about 70% of leads.',
          risk: 'Wrong answers about prices or delivery; visitors must be told they are talking to a machine.',
        },
        {
          pillar: 'Operational Efficiency',
          objective: 'Reduce order processing time',
          application: 'Robotic process automation for order entry',
          owner: 'Operations Manager',
          kpi: { name: 'Average order processing time', unit: 'minutes', source: 'ERP order log' },
          pillarDescription: 'Take repetitive work off the team so orders go out faster and with fewer errors.',
          objectiveDescription: 'Orders arriving by e-mail are typed into the ERP by hand, about 18 minutes each.',
          problem: 'Typing e-mailed orders into the ERP by hand is slow and error-prone.',
          description: 'Software robots read incoming order e-mails and PDFs and enter them in the ERP; a clerk checks the ones it is unsure of.',
          dataReadiness: 'Two years of order e-mails and their ERP entries to learn from; customer numbers need cleaning.',
          risk: 'A misread quantity ships the wrong goods; every order above 5,000 € stays with a person.',
        },
        {
          pillar: 'Product Innovation',
          objective: 'Identify new product opportunities',
          application: 'Machine learning for market trend analysis',
          owner: 'Product Lead',
          kpi: { name: 'New product ideas per quarter', unit: 'ideas', source: 'Product board minutes' },
          pillarDescription: 'Find what customers will want next before competitors do.',
          objectiveDescription: 'New ideas come from a few trade fairs a year; we want a steady flow from market data.',
          problem: 'We learn of new market needs late, from a few trade fairs a year.',
          description: 'Machine learning scans reviews, search trends and competitors’ catalogues and reports emerging needs each quarter.',
          dataReadiness: 'Public data only so far; our own sales history is not yet in one place.',
          risk: 'Trends the model finds may be noise; the product board decides, the model only suggests.',
        },
        {
          pillar: 'Customer Retention',
          objective: 'Improve customer satisfaction',
          application: 'AI-driven personalised customer service',
          owner: 'Customer Service Lead',
          kpi: { name: 'Customer satisfaction score (CSAT)', unit: '%', source: 'Post-contact survey' },
          pillarDescription: 'Keep the customers we have by serving them better than anyone else.',
          objectiveDescription: 'Satisfaction dropped from 84% to 78% last year, mostly over waiting times.',
          problem: 'Customers wait too long for answers to routine questions.',
          description: 'Service staff get suggested answers based on the customer’s history, and routine requests are answered automatically.',
          dataReadiness: 'Ticket history is complete for three years; consent for using it has to be checked.',
          risk: 'Personal data in prompts; answers must never decide refunds or complaints on their own.',
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
          pillarDescription: 'Mehr passende Kunden gewinnen, ohne den Vertrieb zu vergrößern.',
          objectiveDescription: 'Die Hälfte der Website-Besucher geht, ohne etwas zu fragen; ihre Fragen auffangen, solange sie noch auf der Seite sind.',
          problem: 'Website-Besucher mit Fragen gehen, bevor jemand sie beantwortet.',
          description: 'Ein Chatbot auf der Website beantwortet häufige Fragen rund um die Uhr, qualifiziert die Besucher und vereinbart einen Termin mit dem Vertrieb.',
          dataReadiness: 'FAQ und Produktblätter sind aktuell; die Lead-Felder im CRM sind bei etwa 70 % der Leads ausgefüllt.',
          risk: 'Falsche Auskünfte zu Preisen oder Lieferung; Besucher müssen erfahren, dass sie mit einer Maschine sprechen.',
        },
        {
          pillar: 'Operative Effizienz',
          objective: 'Bearbeitungszeit von Aufträgen verkürzen',
          application: 'Robotergestützte Prozessautomatisierung für die Auftragserfassung',
          owner: 'Betriebsleitung',
          kpi: { name: 'Durchschnittliche Bearbeitungszeit je Auftrag', unit: 'Minuten', source: 'Auftragsprotokoll im ERP' },
          pillarDescription: 'Dem Team wiederkehrende Arbeit abnehmen, damit Aufträge schneller und mit weniger Fehlern rausgehen.',
          objectiveDescription: 'Per E-Mail eingehende Aufträge werden von Hand ins ERP getippt, etwa 18 Minuten je Auftrag.',
          problem: 'Per E-Mail erhaltene Aufträge von Hand ins ERP zu tippen ist langsam und fehleranfällig.',
          description: 'Software-Roboter lesen eingehende Auftrags-E-Mails und PDFs und erfassen sie im ERP; unsichere Fälle prüft eine Sachbearbeiterin.',
          dataReadiness: 'Zwei Jahre Auftrags-E-Mails mit ihren ERP-Buchungen zum Lernen; die Kundennummern müssen bereinigt werden.',
          risk: 'Eine falsch gelesene Menge verschickt die falsche Ware; jeder Auftrag über 5.000 € bleibt bei einem Menschen.',
        },
        {
          pillar: 'Produktinnovation',
          objective: 'Neue Produktchancen erkennen',
          application: 'Maschinelles Lernen für die Analyse von Markttrends',
          owner: 'Produktleitung',
          kpi: { name: 'Neue Produktideen pro Quartal', unit: 'Ideen', source: 'Protokolle des Produktgremiums' },
          pillarDescription: 'Erkennen, was Kunden als Nächstes wollen, bevor es der Wettbewerb tut.',
          objectiveDescription: 'Neue Ideen kommen von wenigen Messen im Jahr; wir wollen einen stetigen Strom aus Marktdaten.',
          problem: 'Von neuen Marktbedürfnissen erfahren wir spät, auf wenigen Messen im Jahr.',
          description: 'Maschinelles Lernen wertet Bewertungen, Suchtrends und Kataloge des Wettbewerbs aus und meldet jedes Quartal neue Bedürfnisse.',
          dataReadiness: 'Bisher nur öffentliche Daten; unsere eigene Verkaufshistorie liegt noch nicht an einem Ort.',
          risk: 'Gefundene Trends können Rauschen sein; das Produktgremium entscheidet, das Modell schlägt nur vor.',
        },
        {
          pillar: 'Kundenbindung',
          objective: 'Kundenzufriedenheit verbessern',
          application: 'KI-gestützter, personalisierter Kundenservice',
          owner: 'Leitung Kundenservice',
          kpi: { name: 'Kundenzufriedenheit (CSAT)', unit: '%', source: 'Umfrage nach dem Kundenkontakt' },
          pillarDescription: 'Bestehende Kunden halten, indem wir sie besser betreuen als alle anderen.',
          objectiveDescription: 'Die Zufriedenheit fiel im letzten Jahr von 84 % auf 78 %, vor allem wegen der Wartezeiten.',
          problem: 'Kunden warten zu lange auf Antworten zu Routinefragen.',
          description: 'Der Service erhält Antwortvorschläge auf Basis der Kundenhistorie, Routineanfragen werden automatisch beantwortet.',
          dataReadiness: 'Die Ticket-Historie ist für drei Jahre vollständig; die Einwilligung zur Nutzung muss geprüft werden.',
          risk: 'Personenbezogene Daten in Prompts; Antworten dürfen nie allein über Erstattungen oder Reklamationen entscheiden.',
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
          pillarDescription: 'Thu hút thêm đúng khách hàng mà không cần tăng nhân sự bán hàng.',
          objectiveDescription: 'Một nửa khách truy cập website rời đi mà không hỏi gì; cần đón câu hỏi của họ khi họ còn trên trang.',
          problem: 'Khách truy cập website có câu hỏi rời đi trước khi có người trả lời.',
          description: 'Chatbot trên website trả lời các câu hỏi thường gặp cả ngày lẫn đêm, đánh giá khách truy cập và đặt lịch gọi với bộ phận bán hàng.',
          dataReadiness: 'Câu hỏi thường gặp và tài liệu sản phẩm đã được cập nhật; các trường khách hàng tiềm năng trong CRM đã điền cho khoảng 70% khách.',
          risk: 'Trả lời sai về giá hoặc giao hàng; khách truy cập phải được biết họ đang nói chuyện với máy.',
        },
        {
          pillar: 'Hiệu quả vận hành',
          objective: 'Rút ngắn thời gian xử lý đơn hàng',
          application: 'Tự động hóa quy trình bằng robot (RPA) cho khâu nhập đơn hàng',
          owner: 'Quản lý vận hành',
          kpi: { name: 'Thời gian xử lý đơn hàng trung bình', unit: 'phút', source: 'Nhật ký đơn hàng trên ERP' },
          pillarDescription: 'Giảm việc lặp lại cho đội ngũ để đơn hàng đi nhanh hơn và ít lỗi hơn.',
          objectiveDescription: 'Đơn hàng đến qua e-mail được gõ tay vào ERP, khoảng 18 phút mỗi đơn.',
          problem: 'Gõ tay đơn hàng nhận qua e-mail vào ERP vừa chậm vừa dễ sai.',
          description: 'Robot phần mềm đọc e-mail và PDF đặt hàng rồi nhập vào ERP; nhân viên kiểm tra những đơn mà robot không chắc chắn.',
          dataReadiness: 'Có hai năm e-mail đặt hàng cùng bản ghi ERP để học; mã khách hàng cần được làm sạch.',
          risk: 'Đọc sai số lượng sẽ giao nhầm hàng; mọi đơn trên 5.000 € vẫn do người xử lý.',
        },
        {
          pillar: 'Đổi mới sản phẩm',
          objective: 'Tìm ra cơ hội sản phẩm mới',
          application: 'Học máy để phân tích xu hướng thị trường',
          owner: 'Trưởng nhóm sản phẩm',
          kpi: { name: 'Số ý tưởng sản phẩm mới mỗi quý', unit: 'ý tưởng', source: 'Biên bản họp hội đồng sản phẩm' },
          pillarDescription: 'Nhận ra điều khách hàng sẽ cần tiếp theo trước đối thủ.',
          objectiveDescription: 'Ý tưởng mới hiện chỉ đến từ vài hội chợ mỗi năm; chúng ta muốn có luồng ý tưởng đều đặn từ dữ liệu thị trường.',
          problem: 'Chúng ta biết về nhu cầu thị trường mới quá muộn, chỉ qua vài hội chợ mỗi năm.',
          description: 'Học máy phân tích đánh giá, xu hướng tìm kiếm và danh mục của đối thủ, rồi báo cáo nhu cầu mới mỗi quý.',
          dataReadiness: 'Hiện chỉ có dữ liệu công khai; lịch sử bán hàng của chúng ta chưa được tập trung một chỗ.',
          risk: 'Xu hướng mô hình tìm ra có thể chỉ là nhiễu; hội đồng sản phẩm quyết định, mô hình chỉ gợi ý.',
        },
        {
          pillar: 'Giữ chân khách hàng',
          objective: 'Nâng cao sự hài lòng của khách hàng',
          application: 'Dịch vụ khách hàng cá nhân hóa nhờ AI',
          owner: 'Trưởng bộ phận chăm sóc khách hàng',
          kpi: { name: 'Điểm hài lòng của khách hàng (CSAT)', unit: '%', source: 'Khảo sát sau mỗi lần liên hệ' },
          pillarDescription: 'Giữ chân khách hàng hiện có bằng cách phục vụ họ tốt hơn bất kỳ ai.',
          objectiveDescription: 'Mức hài lòng giảm từ 84% xuống 78% năm ngoái, chủ yếu vì thời gian chờ.',
          problem: 'Khách hàng phải chờ quá lâu để được trả lời những câu hỏi thông thường.',
          description: 'Nhân viên chăm sóc khách hàng nhận gợi ý trả lời dựa trên lịch sử của khách, các yêu cầu thông thường được trả lời tự động.',
          dataReadiness: 'Lịch sử phiếu hỗ trợ đầy đủ trong ba năm; cần kiểm tra sự đồng ý cho việc sử dụng.',
          risk: 'Dữ liệu cá nhân trong câu lệnh; câu trả lời không bao giờ được tự quyết định việc hoàn tiền hay khiếu nại.',
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
