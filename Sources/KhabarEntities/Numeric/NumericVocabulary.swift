/// The Arabic words that the numeric and temporal recognizer knows, as plain facts.
///
/// Entries are written in ordinary spelling; `NumericLexicon` folds them (no diacritics, bare
/// alef, ta marbuta as ha, hamza seats on ya/waw folded) once, so a variant only needs listing
/// here when it differs after folding (`مئة`/`مائة`, `أغسطس`/`أغشت`). Keeping the data apart from
/// the scanner means a new spelling is a one-line change that cannot break an algorithm.
enum NumericVocabulary {

    // MARK: Numbers

    /// Cardinal words below one hundred: units, ten, and the tens. Masculine, feminine,
    /// construct and case forms all map to the same value; `تلات`/`تلاتة` are dialect forms
    /// common in transcribed speech.
    static let cardinals: [String: Int] = [
        "واحد": 1, "واحدة": 1, "واحدا": 1,
        "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
        "ثلاث": 3, "ثلاثة": 3, "تلات": 3, "تلاتة": 3,
        "أربع": 4, "أربعة": 4,
        "خمس": 5, "خمسة": 5,
        "ست": 6, "ستة": 6,
        "سبع": 7, "سبعة": 7,
        "ثمان": 8, "ثماني": 8, "ثمانية": 8,
        "تسع": 9, "تسعة": 9,
        "عشر": 10, "عشرة": 10,
        "عشرون": 20, "عشرين": 20,
        "ثلاثون": 30, "ثلاثين": 30,
        "أربعون": 40, "أربعين": 40,
        "خمسون": 50, "خمسين": 50,
        "ستون": 60, "ستين": 60,
        "سبعون": 70, "سبعين": 70,
        "ثمانون": 80, "ثمانين": 80,
        "تسعون": 90, "تسعين": 90,
    ]

    /// Words that only count as a number in front of `عشر`/`عشرة` (أحد عشر، اثنا عشر), since
    /// alone they mean "someone" or are construct forms.
    static let teenHeads: [String: Int] = [
        "أحد": 1, "إحدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
    ]

    /// Hundreds, written joined or as `مئة`/`مائة`; the dual forms carry their own value.
    /// `مئتا` and the dialect `مية` are left out: they fold to `ميتا` ("meta") and `ميه` ("water").
    static let hundreds: [String: Int] = [
        "مئة": 100, "مائة": 100, "مئتان": 200, "مئتين": 200, "مائتان": 200,
        "مائتين": 200, "مائتا": 200, "مئتي": 200, "مائتي": 200,
        "ثلاثمئة": 300, "ثلاثمائة": 300, "أربعمئة": 400, "أربعمائة": 400,
        "خمسمئة": 500, "خمسمائة": 500, "ستمئة": 600, "ستمائة": 600,
        "سبعمئة": 700, "سبعمائة": 700, "ثمانمئة": 800, "ثمانمائة": 800, "ثمانيمائة": 800,
        "تسعمئة": 900, "تسعمائة": 900,
    ]

    /// How a scale word multiplies: singular (`ألف`), dual (`ألفين` = 2000) or plural
    /// (`آلاف`, which needs a count in front and is otherwise only "thousands of").
    enum ScaleForm: Sendable { case singular, dual, plural }

    /// Scale words and their power of ten. The accusative `ألفاً`/`مليوناً` folds to the same
    /// spelling as the dual construct `ألفا`; the accusative singular is far more frequent in
    /// news, so that spelling is read as singular.
    static let scales: [String: (power: Int, form: ScaleForm)] = [
        "ألف": (3, .singular), "ألفا": (3, .singular), "آلاف": (3, .plural), "ألوف": (3, .plural),
        "ألفان": (3, .dual), "ألفين": (3, .dual), "ألفي": (3, .dual),
        "مليون": (6, .singular), "مليونا": (6, .singular), "ملايين": (6, .plural),
        "مليونان": (6, .dual), "مليونين": (6, .dual), "مليوني": (6, .dual),
        "مليار": (9, .singular), "مليارا": (9, .singular), "مليارات": (9, .plural),
        "ملياران": (9, .dual), "مليارين": (9, .dual), "ملياري": (9, .dual),
        "بليون": (9, .singular), "بلايين": (9, .plural),
        "تريليون": (12, .singular), "ترليون": (12, .singular), "تريليونات": (12, .plural),
    ]

    /// Fractions as exact decimals; a third is kept to four places, which is what a reader
    /// of "ثلث" would write down anyway.
    static let fractions: [String: DecimalNumber] = [
        "نصف": DecimalNumber(5, exponent: -1), "نص": DecimalNumber(5, exponent: -1),
        "ربع": DecimalNumber(25, exponent: -2),
        "ثلث": DecimalNumber(3333, exponent: -4),
        "ثلثا": DecimalNumber(6667, exponent: -4), "ثلثي": DecimalNumber(6667, exponent: -4),
    ]

    /// Quantity words with no definite value (بضعة أيام، عدة أشهر، عشرات السنين). They make a
    /// duration (`PXD`) but never a NUMBER, because the contract promises a plain number.
    static let vagueQuantities: Set<String> = [
        "بضع", "بضعة", "عدة", "عشرات", "مئات", "آلاف", "ملايين",
    ]

    /// Definite ordinals, used for days of the month (الخامس عشر من أيلول) and clock hours
    /// (الساعة العاشرة). The teen and compound forms are assembled by the parser.
    static let ordinals: [String: Int] = [
        "الأول": 1, "الأولى": 1, "الحادي": 1, "الحادية": 1,
        "الثاني": 2, "الثانية": 2, "الثالث": 3, "الثالثة": 3, "الرابع": 4, "الرابعة": 4,
        "الخامس": 5, "الخامسة": 5, "السادس": 6, "السادسة": 6, "السابع": 7, "السابعة": 7,
        "الثامن": 8, "الثامنة": 8, "التاسع": 9, "التاسعة": 9, "العاشر": 10, "العاشرة": 10,
        "العشرين": 20, "العشرون": 20, "الثلاثين": 30, "الثلاثون": 30,
    ]

    /// Clock hours said as feminine cardinals (الساعة الواحدة) rather than ordinals.
    static let clockCardinals: [String: Int] = ["الواحدة": 1]

    // MARK: Calendar

    /// Which calendar a month name belongs to; the value format depends on it.
    enum MonthSeries: Sendable { case gregorian, syriac, hijri }

    /// One-word month names. `needsContext` marks names that are also common words or given
    /// names (مارس "he practised", آب/أب "father" after folding, رمضان and رجب as names, صفر
    /// "zero"); those only count as months next to a day, a year, a paired month or `شهر`.
    static let months: [String: (month: Int, series: MonthSeries, needsContext: Bool)] = [
        "يناير": (1, .gregorian, false), "جانفي": (1, .gregorian, false),
        "فبراير": (2, .gregorian, false), "فبرير": (2, .gregorian, false), "فيفري": (2, .gregorian, false),
        "مارس": (3, .gregorian, true),
        "أبريل": (4, .gregorian, false), "إبريل": (4, .gregorian, false), "أفريل": (4, .gregorian, false),
        "مايو": (5, .gregorian, false), "ماي": (5, .gregorian, true), "مايس": (5, .gregorian, false),
        "يونيو": (6, .gregorian, false), "يونيه": (6, .gregorian, false), "جوان": (6, .gregorian, true),
        "يوليو": (7, .gregorian, false), "يوليه": (7, .gregorian, false), "جويلية": (7, .gregorian, false),
        "أغسطس": (8, .gregorian, false), "أغشت": (8, .gregorian, false), "غشت": (8, .gregorian, false),
        "سبتمبر": (9, .gregorian, false), "شتنبر": (9, .gregorian, false),
        "أكتوبر": (10, .gregorian, false), "أوكتوبر": (10, .gregorian, false),
        "نوفمبر": (11, .gregorian, false), "نونبر": (11, .gregorian, false),
        "ديسمبر": (12, .gregorian, false), "دجنبر": (12, .gregorian, false),
        "شباط": (2, .syriac, false), "آذار": (3, .syriac, false), "نيسان": (4, .syriac, false),
        "أيار": (5, .syriac, false), "حزيران": (6, .syriac, false), "تموز": (7, .syriac, false),
        "آب": (8, .syriac, true), "أيلول": (9, .syriac, false),
        "محرم": (1, .hijri, true), "صفر": (2, .hijri, true), "رجب": (7, .hijri, true),
        "شعبان": (8, .hijri, true), "رمضان": (9, .hijri, true), "شوال": (10, .hijri, true),
    ]

    /// Two-word month names, keyed by their first word; the second word picks the month.
    /// Variants without the article (`كانون اول`) are common in Levantine print.
    static let twoWordMonths: [String: [String: (month: Int, series: MonthSeries)]] = [
        "كانون": ["الثاني": (1, .syriac), "ثاني": (1, .syriac), "الأول": (12, .syriac), "أول": (12, .syriac)],
        "تشرين": ["الأول": (10, .syriac), "أول": (10, .syriac), "الثاني": (11, .syriac), "ثاني": (11, .syriac)],
        "ربيع": ["الأول": (3, .hijri), "أول": (3, .hijri), "الآخر": (4, .hijri), "الثاني": (4, .hijri), "ثاني": (4, .hijri)],
        "جمادى": ["الأولى": (5, .hijri), "الأول": (5, .hijri), "الآخرة": (6, .hijri), "الآخر": (6, .hijri), "الثانية": (6, .hijri)],
        "ذو": ["القعدة": (11, .hijri), "الحجة": (12, .hijri)],
        "ذي": ["القعدة": (11, .hijri), "الحجة": (12, .hijri)],
    ]

    /// Weekday names with their ISO 8601 number (Monday = 1 … Sunday = 7), as the TIMEX3
    /// week-date value `XXXX-WXX-1` uses the same numbering.
    static let weekdays: [String: Int] = [
        "الاثنين": 1, "الإثنين": 1, "الثلاثاء": 2, "الأربعاء": 3, "الخميس": 4,
        "الجمعة": 5, "السبت": 6, "الأحد": 7,
    ]

    /// Words that anchor a year (`عام 2015`, `لسنة 1958`); they belong to the DATE span.
    static let yearCues: Set<String> = ["عام", "العام", "سنة", "السنة"]

    /// Words after a year that say which era it counts in.
    static let gregorianEraMarks: Set<String> = ["م", "ميلادي", "ميلادية", "مـ"]
    /// Hijri era marks; `هـ` folds to `ه`.
    static let hijriEraMarks: Set<String> = ["هـ", "ه", "هجري", "هجرية"]

    /// Words that introduce an explicit date and belong to its span (بتاريخ 15/9/2015).
    static let dateIntroducers: Set<String> = ["بتاريخ", "تاريخ", "الموافق"]

    /// Prepositions of time that Wojood and TIMEX-style annotation keep inside a date span
    /// when they sit right before it (منذ 2016، خلال الأسبوع الماضي، قبل ثلاثة أيام).
    static let temporalPrepositions: Set<String> = ["منذ", "خلال", "قبل", "بعد"]

    /// Words for a part of a period (مطلع الأسبوع المقبل، أواخر عام 2017); the value keeps the
    /// period, since ISO 8601 has no notation for "early".
    static let periodParts: Set<String> = [
        "مطلع", "بداية", "أوائل", "منتصف", "أواسط", "أواخر", "نهاية", "مستهل", "أول", "آخر",
    ]

    /// The periods that relative expressions count in.
    enum Period: Sendable { case day, week, month, year }

    /// Period nouns with the article, as they appear in `الشهر الماضي`, `هذا العام`.
    static let definitePeriods: [String: Period] = [
        "الأسبوع": .week, "الشهر": .month, "العام": .year, "السنة": .year,
    ]

    /// Direction adjectives after a period or weekday: -1 past, +1 next, 0 current.
    static let relativeDirections: [String: Int] = [
        "الماضي": -1, "الماضية": -1, "المنصرم": -1, "المنصرمة": -1, "الفائت": -1, "الفائتة": -1,
        "المنقضي": -1, "السابق": -1,
        "المقبل": 1, "المقبلة": 1, "القادم": 1, "القادمة": 1, "الجاي": 1, "الجايي": 1,
        "الجاري": 0, "الجارية": 0, "الحالي": 0, "الحالية": 0,
    ]

    /// Demonstratives that make a period current (هذا العام، هذه السنة).
    static let demonstratives: Set<String> = ["هذا", "هذه"]

    /// Deictic day words and their offset from the article date in days.
    static let relativeDays: [String: Int] = [
        "أمس": -1, "البارحة": -1, "اليوم": 0, "غدا": 1, "غد": 1,
    ]

    /// Words for "now"; TIMEX3 gives them the value `PRESENT_REF`.
    static let presentWords: Set<String> = ["الآن", "حاليا"]

    /// Plural periods that only say "recently" or "soon" (السنوات الماضية، الأيام المقبلة);
    /// TIMEX3 gives them `PAST_REF` / `FUTURE_REF`.
    static let pluralPeriods: Set<String> = ["السنوات", "الأعوام", "الأشهر", "الشهور", "الأيام", "الأسابيع", "العقود"]

    /// Direction words that only occur with plural periods, beyond `relativeDirections`.
    static let recentWords: Set<String> = ["الأخيرة", "الماضية", "المنصرمة", "الفائتة"]

    /// Frequency adverbs (يومياً، شهرياً); TIMEX3 marks them as sets with a period value.
    static let frequencies: [String: String] = [
        "يوميا": "P1D", "أسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "عاميا": "P1Y",
    ]

    /// Decade names (الأربعينات، التسعينيات). Without a century they are read in the 1900s, the
    /// only century in which news uses them unqualified; the value is the TIMEX3 decade `194`.
    static let decades: [String: Int] = [
        "العشرينات": 2, "العشرينيات": 2, "الثلاثينات": 3, "الثلاثينيات": 3,
        "الأربعينات": 4, "الأربعينيات": 4, "الخمسينات": 5, "الخمسينيات": 5,
        "الستينات": 6, "الستينيات": 6, "السبعينات": 7, "السبعينيات": 7,
        "الثمانينات": 8, "الثمانينيات": 8, "التسعينات": 9, "التسعينيات": 9,
    ]

    /// Epithets that follow a month name and belong to it (شهر رمضان المبارك).
    static let monthEpithets: Set<String> = ["المبارك", "الفضيل", "الكريم", "المعظم", "الحرام"]

    /// Words before a weekday name that make it part of a name, not a date (سوق الجمعة،
    /// صلاة الجمعة).
    static let weekdayNameHeads: Set<String> = ["سوق", "صلاة", "خطبة", "جمعة", "مسجد"]

    /// Units that a count turns into a duration (DATE for days and longer, TIME below a day),
    /// with the ISO 8601 duration designator and a multiplier (عقد = ten years). The dual
    /// forms carry their count (`عامين` = two years).
    static let durationUnits: [String: (designator: String, multiplier: Int, dual: Bool, isTime: Bool)] = [
        "يوم": ("D", 1, false, false), "يوما": ("D", 1, false, false), "أيام": ("D", 1, false, false),
        "يومين": ("D", 1, true, false), "يومان": ("D", 1, true, false),
        "أسبوع": ("W", 1, false, false), "أسبوعا": ("W", 1, false, false), "أسابيع": ("W", 1, false, false),
        "أسبوعين": ("W", 1, true, false), "أسبوعان": ("W", 1, true, false),
        "شهر": ("M", 1, false, false), "شهرا": ("M", 1, false, false), "أشهر": ("M", 1, false, false),
        "شهور": ("M", 1, false, false), "شهرين": ("M", 1, true, false), "شهران": ("M", 1, true, false),
        "سنة": ("Y", 1, false, false), "سنوات": ("Y", 1, false, false), "سنين": ("Y", 1, false, false),
        "سنتين": ("Y", 1, true, false), "سنتان": ("Y", 1, true, false),
        "عام": ("Y", 1, false, false), "عاما": ("Y", 1, false, false), "أعوام": ("Y", 1, false, false),
        "عامين": ("Y", 1, true, false), "عامان": ("Y", 1, true, false),
        "عقد": ("Y", 10, false, false), "عقود": ("Y", 10, false, false), "عقدين": ("Y", 10, true, false),
        "قرن": ("Y", 100, false, false), "قرون": ("Y", 100, false, false), "قرنين": ("Y", 100, true, false),
        "ساعة": ("H", 1, false, true), "ساعات": ("H", 1, false, true), "ساعتين": ("H", 1, true, true),
        "ساعتان": ("H", 1, true, true),
        "دقيقة": ("M", 1, false, true), "دقائق": ("M", 1, false, true), "دقيقتين": ("M", 1, true, true),
        "ثانية": ("S", 1, false, true), "ثوان": ("S", 1, false, true), "ثواني": ("S", 1, false, true),
    ]

    /// The plural unit forms; after قبل/منذ without a count they mean "some" (منذ سنوات),
    /// while a singular unit means one (قبل شهر).
    static let pluralDurationUnits: Set<String> = [
        "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام", "عقود", "قرون", "ساعات", "دقائق",
    ]

    // MARK: Clock

    /// The word that introduces a clock time (الساعة 10:30، الساعة العاشرة).
    static let clockCues: Set<String> = ["الساعة", "ساعة"]

    /// TIMEX3 part-of-day codes: MO morning, MI midday, AF afternoon, EV evening, NI night.
    /// `isPM` says whether a clock hour below 12 moves to the afternoon.
    static let partsOfDay: [String: (code: String, isPM: Bool)] = [
        "صباح": ("MO", false), "صباحا": ("MO", false), "الصباح": ("MO", false),
        "فجر": ("MO", false), "فجرا": ("MO", false), "الفجر": ("MO", false),
        "ظهر": ("MI", true), "ظهرا": ("MI", true), "الظهر": ("MI", true),
        "عصر": ("AF", true), "عصرا": ("AF", true), "العصر": ("AF", true),
        "مساء": ("EV", true), "مساءا": ("EV", true), "المساء": ("EV", true),
        "ليلة": ("NI", true), "ليل": ("NI", true), "ليلا": ("NI", true), "الليل": ("NI", true),
    ]

    /// Minutes said as a fraction after the hour (والنصف، والربع، إلا ربعا).
    static let clockFractions: [String: Int] = ["النصف": 30, "نصف": 30, "الربع": 15, "ربع": 15, "ربعا": 15, "الثلث": 20, "ثلث": 20]

    // MARK: Money and percent

    /// Currency nouns in their singular, dual, plural and accusative forms, mapped to a base
    /// name and the ISO 4217 code assumed when no nationality adjective follows. `nil` means
    /// the bare word is too ambiguous to guess (دينار is the currency of eight countries).
    static let currencies: [String: (base: String, code: String?)] = [
        "دولار": ("دولار", "USD"), "دولارا": ("دولار", "USD"), "دولارات": ("دولار", "USD"),
        "دولاران": ("دولار", "USD"), "دولارين": ("دولار", "USD"), "دولاري": ("دولار", "USD"),
        "الدولارات": ("دولار", "USD"),
        "يورو": ("يورو", "EUR"),
        "ريال": ("ريال", "SAR"), "ريالا": ("ريال", "SAR"), "ريالات": ("ريال", "SAR"),
        "ريالين": ("ريال", "SAR"), "ريالان": ("ريال", "SAR"),
        "ليرة": ("ليرة", nil), "ليرات": ("ليرة", nil), "ليرتين": ("ليرة", nil),
        "جنيه": ("جنيه", "EGP"), "جنيها": ("جنيه", "EGP"), "جنيهات": ("جنيه", "EGP"),
        "جنيهين": ("جنيه", "EGP"), "جنيهان": ("جنيه", "EGP"),
        "درهم": ("درهم", "AED"), "درهما": ("درهم", "AED"), "دراهم": ("درهم", "AED"),
        "درهمين": ("درهم", "AED"),
        "دينار": ("دينار", nil), "دينارا": ("دينار", nil), "دنانير": ("دينار", nil),
        "دينارين": ("دينار", nil),
        "ين": ("ين", "JPY"), "يوان": ("يوان", "CNY"),
        "روبل": ("روبل", "RUB"), "روبلات": ("روبل", "RUB"),
        "روبية": ("روبية", "INR"), "روبيات": ("روبية", "INR"),
        "شيكل": ("شيكل", "ILS"), "شيقل": ("شيكل", "ILS"), "شيكلا": ("شيكل", "ILS"),
        "شيقلا": ("شيكل", "ILS"), "شواكل": ("شيكل", "ILS"), "شيكلات": ("شيكل", "ILS"),
        "فرنك": ("فرنك", nil), "فرنكات": ("فرنك", nil),
        "إسترليني": ("جنيه", "GBP"), "استرليني": ("جنيه", "GBP"),
    ]

    /// Currency symbols and Latin codes that appear beside digits.
    static let currencySymbols: [String: String] = [
        "$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
        "¥": "JPY", "SAR": "SAR", "AED": "AED", "EGP": "EGP",
    ]

    /// Nationality adjectives after a currency (دولار أمريكي، ليرة سورية), by ISO 3166 code.
    /// Listed in the masculine without the article; the lexicon strips `ال`, the feminine
    /// ending and the accusative alef before looking them up.
    static let nationalities: [String: String] = [
        "أمريكي": "US", "أميركي": "US", "كندي": "CA", "أسترالي": "AU", "سعودي": "SA",
        "قطري": "QA", "عماني": "OM", "يمني": "YE", "إيراني": "IR", "مصري": "EG",
        "سوداني": "SD", "كويتي": "KW", "أردني": "JO", "بحريني": "BH", "عراقي": "IQ",
        "ليبي": "LY", "تونسي": "TN", "جزائري": "DZ", "إماراتي": "AE", "مغربي": "MA",
        "سوري": "SY", "لبناني": "LB", "تركي": "TR", "صيني": "CN", "ياباني": "JP",
        "روسي": "RU", "هندي": "IN", "سويسري": "CH", "إسترليني": "GB", "استرليني": "GB",
        "إسرائيلي": "IL",
    ]

    /// ISO 4217 code for a currency base name qualified by a country.
    static let qualifiedCurrencies: [String: [String: String]] = [
        "دولار": ["US": "USD", "CA": "CAD", "AU": "AUD"],
        "ريال": ["SA": "SAR", "QA": "QAR", "OM": "OMR", "YE": "YER", "IR": "IRR"],
        "ليرة": ["SY": "SYP", "LB": "LBP", "TR": "TRY"],
        "جنيه": ["EG": "EGP", "SD": "SDG", "GB": "GBP"],
        "دينار": ["KW": "KWD", "JO": "JOD", "BH": "BHD", "IQ": "IQD", "LY": "LYD", "TN": "TND", "DZ": "DZD"],
        "درهم": ["AE": "AED", "MA": "MAD"],
        "يوان": ["CN": "CNY"], "ين": ["JP": "JPY"], "روبل": ["RU": "RUB"], "روبية": ["IN": "INR"],
        "فرنك": ["CH": "CHF"], "شيكل": ["IL": "ILS"],
    ]

    /// One-token percent markers that follow the number (بالمئة، 15%).
    static let percentWords: Set<String> = ["%", "بالمئة", "بالمائة", "بالمية", "بالميه"]

    /// The second word of the two-word marker `في المئة`/`في المائة`.
    static let percentNouns: Set<String> = ["المئة", "المائة", "المية"]

    /// The noun "rate/ratio" that makes a bare following number a percentage (بنسبة 20).
    static let percentCues: Set<String> = ["نسبة"]

    /// Words after which a digit run is an identifier, not a quantity (رقم 435، العدد 6).
    static let identifierCues: Set<String> = [
        "رقم", "الرقم", "رقمها", "رقمه", "عدد", "العدد", "مادة", "المادة", "المواد", "الفقرة", "البند",
        "الرتبة", "المرتبة", "صفحة", "ص", "جزء", "الجزء", "القرار", "الإصدار", "النسخة",
    ]

    /// Words before a bare four-digit number that make it a count rather than a year
    /// (نحو 2000 لاجئ).
    static let approximators: Set<String> = ["نحو", "حوالي", "قرابة", "زهاء", "أكثر", "أقل", "يقارب", "يناهز"]
}
