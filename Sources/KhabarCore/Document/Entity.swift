/// A named or numeric entity mentioned in a document: a person, a place, a date, a sum of money.
///
/// The span leaves out the proclitics glued to the entity's first word (لفرانس برس gives
/// `فرانس برس`), so `doc[entity.span]` is the name as a reader would quote it.
public struct Entity: Hashable, Sendable {
    /// What an entity is.
    public enum Kind: String, Hashable, Sendable, CaseIterable, CustomStringConvertible {
        /// A person: ياسر اليوسف، لافروف.
        case person = "PER"
        /// An organisation: جيش الإسلام، الأمم المتحدة، فرانس برس.
        case organisation = "ORG"
        /// A place: حلب، سوريا، نهر الفرات.
        case location = "LOC"
        /// Any other name: an event, a product, a currency, a religion.
        case miscellaneous = "MISC"
        /// A demonym or nisba adjective standing for a country (الروس، الروسية); its
        /// ``Entity/canonical`` is the country.
        case nationality = "NORP"
        /// A calendar date or period: أيلول/سبتمبر 2015, يوم الجمعة الماضي.
        case date = "DATE"
        /// A time of day: الساعة العاشرة صباحاً.
        case time = "TIME"
        /// A cardinal or ordinal number: ثلاثة ملايين، 1,250.
        case number = "NUMBER"
        /// A sum of money: 3.5 مليون دولار.
        case money = "MONEY"
        /// A percentage: 15 في المئة.
        case percent = "PERCENT"

        /// The tag used in JSON and CoNLL output (`PER`, `DATE`, …).
        public var description: String { rawValue }

        /// Whether entities of this kind are names found by the tagger rather than by rules.
        public var isName: Bool {
            switch self {
            case .person, .organisation, .location, .miscellaneous: true
            default: false
            }
        }
    }

    /// The mention's scalar span in the document's text.
    public var span: Span
    /// What the entity is.
    public var kind: Kind
    /// The fullest form of this entity in the document (كيري → جون كيري), or for a
    /// ``Kind/nationality``, the country it stands for.
    public var canonical: String?
    /// The normalized value of a numeric or temporal entity: ISO 8601 / TIMEX3 for dates and
    /// times (`2015-09`, `XXXX-11`, `T10:30`), a plain decimal number for the others.
    public var value: String?
    /// The currency of a ``Kind/money`` entity as an ISO 4217 code (`USD`, `SAR`).
    public var unit: String?

    /// Creates an entity.
    public init(span: Span, kind: Kind, canonical: String? = nil, value: String? = nil, unit: String? = nil) {
        self.span = span
        self.kind = kind
        self.canonical = canonical
        self.value = value
        self.unit = unit
    }
}
