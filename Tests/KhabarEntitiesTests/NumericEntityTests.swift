import KhabarCore
import KhabarEntities
import Testing

/// Dates, times, numbers, money and percentages in sentences of our own; every value was worked
/// out by hand (2015-09-07 was a Monday; 5 Ramadan 1436 was 22 June 2015).
struct NumericEntityTests {
    let recognizer = NumericEntityRecognizer()

    /// `kind text => value unit` for each match in a sentence whose tokens are split at spaces.
    func matches(_ sentence: String, date: (year: Int, month: Int, day: Int)? = nil) -> [String] {
        let tokens = sentence.split(separator: " ")
        return recognizer.recognize(tokens, articleDate: date).map { match in
            "\(match.kind.rawValue) \(tokens[match.tokens].joined(separator: " ")) => \(match.value)" + (match.unit.map { " \($0)" } ?? "")
        }
    }

    @Test func pairedMonthNames() {
        #expect(matches("قال في أيلول / سبتمبر 2015 إن") == ["DATE أيلول / سبتمبر 2015 => 2015-09"])
        #expect(matches("في 15 أيلول / سبتمبر 2015 وقع") == ["DATE 15 أيلول / سبتمبر 2015 => 2015-09-15"])
        #expect(matches("منذ تشرين الثاني / نوفمبر الماضي") == ["DATE منذ تشرين الثاني / نوفمبر الماضي => XXXX-11"])
    }

    @Test func weekdaysAndRelativeDaysFollowTheArticleDate() {
        let monday = (year: 2015, month: 9, day: 7)
        #expect(matches("وصل يوم الجمعة الماضي ويعود مطلع الأسبوع المقبل", date: monday)
            == ["DATE يوم الجمعة الماضي => 2015-09-04", "DATE مطلع الأسبوع المقبل => 2015-W38"])
        #expect(matches("وصل يوم الجمعة الماضي", date: nil) == ["DATE يوم الجمعة الماضي => XXXX-WXX-5"])
        #expect(matches("أمس وغداً والشهر الماضي", date: monday)
            == ["DATE أمس => 2015-09-06", "DATE وغداً => 2015-09-08", "DATE والشهر الماضي => 2015-08"])
        #expect(matches("أول أمس وأول من أمس السبت", date: monday)
            == ["DATE أول أمس => 2015-09-05", "DATE وأول من أمس السبت => 2015-09-05"])
    }

    @Test func hijriDates() {
        #expect(matches("في ٥ رمضان ١٤٣٦ هـ وعام 1436 هـ")
            == ["DATE ٥ رمضان ١٤٣٦ هـ => 2015-06-22", "DATE وعام 1436 هـ => 1436-AH"])
    }

    @Test func timesOfDay() {
        #expect(matches("الساعة العاشرة والنصف مساءً") == ["TIME الساعة العاشرة والنصف مساءً => T22:30"])
        #expect(matches("بتاريخ 15/9/2015 الساعة 10:30 صباحاً") == ["DATE بتاريخ 15/9/2015 => 2015-09-15", "TIME الساعة 10:30 صباحاً => T10:30"])
    }

    @Test func numberWords() {
        #expect(matches("قتل ثلاثة وعشرون شخصا") == ["NUMBER ثلاثة وعشرون => 23"])
        #expect(matches("يبلغ ستة وثلاثين مليون وأربعمائة ألف نسمة") == ["NUMBER ستة وثلاثين مليون وأربعمائة ألف => 36400000"])
        #expect(matches("استمرت سبعة أيام") == ["DATE سبعة أيام => P7D"])
    }

    @Test func moneyWithItsCurrency() {
        #expect(matches("دفع 3.5 مليون دولاراً و1,000 ريال سعودي و20 ليرة سورية")
            == ["MONEY 3.5 مليون دولاراً => 3500000 USD", "MONEY و1,000 ريال سعودي => 1000 SAR", "MONEY و20 ليرة سورية => 20 SYP"])
        #expect(matches("نصف مليون دولار ومليوني يورو") == ["MONEY نصف مليون دولار => 500000 USD", "MONEY ومليوني يورو => 2000000 EUR"])
    }

    @Test func percentages() {
        #expect(matches("ارتفع بنسبة 15% و20 في المئة و3 بالمئة")
            == ["PERCENT 15% => 15", "PERCENT و20 في المئة => 20", "PERCENT و3 بالمئة => 3"])
    }

    @Test func wordsThatOnlyLookTemporalAreLeftAlone() {
        #expect(matches("لست أدري ومارس الضغط ورمضان عبد الله").isEmpty)
    }

    @Test func inADocumentTheProcliticStaysOutOfTheSpan() throws {
        let document = try analyze("خبر\n\nوصل الوفد لعام 2015 ودفع 3.5 مليون دولار.", date: "2015-09-07")
        let money = document.entities.first { $0.kind == .money }
        #expect(money.map { String(document[$0.span]) } == "3.5 مليون دولار")
        #expect(money?.value == "3500000" && money?.unit == "USD")
        let year = document.entities.first { $0.kind == .date }
        #expect(year.map { String(document[$0.span]) } == "عام 2015")
        #expect(year?.value == "2015")
    }

    @Test func aLongRunOfNumbersIsReadInBoundedSteps() {
        let tokens = [Substring](repeating: "ثلاثة", count: 10_000)
        let found = recognizer.recognize(tokens, articleDate: nil)
        #expect(!found.isEmpty)
        #expect(zip(found, found.dropFirst()).allSatisfy { $0.tokens.upperBound <= $1.tokens.lowerBound })
        #expect(found.allSatisfy { $0.tokens.count <= 12 })
    }
}
