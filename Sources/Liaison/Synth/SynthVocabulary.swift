//===----------------------------------------------------------------------===//
// SynthVocabulary: the names, places, organisations and words `synth` draws from
//===----------------------------------------------------------------------===//

/// Word lists for synthetic workspaces: Russian (Cyrillic) and English personal names, cities,
/// industries, organisation stems, job titles, tags and notes. Common names only; any resemblance
/// to a real person is the nature of common names.
enum SynthVocabulary {
    static let russianMale = [
        "Александр", "Алексей", "Андрей", "Антон", "Артём", "Борис", "Вадим", "Виктор", "Владимир", "Глеб",
        "Григорий", "Денис", "Дмитрий", "Евгений", "Егор", "Иван", "Игорь", "Илья", "Кирилл", "Константин",
        "Максим", "Михаил", "Никита", "Николай", "Олег", "Павел", "Пётр", "Роман", "Сергей", "Станислав",
        "Тимур", "Фёдор", "Юрий", "Ярослав",
    ]
    static let russianFemale = [
        "Алина", "Алла", "Анастасия", "Анна", "Валерия", "Вера", "Виктория", "Галина", "Дарья", "Екатерина",
        "Елена", "Елизавета", "Жанна", "Зоя", "Ирина", "Карина", "Ксения", "Лариса", "Людмила", "Марина",
        "Мария", "Надежда", "Наталья", "Нина", "Ольга", "Полина", "Светлана", "София", "Татьяна", "Юлия",
    ]
    /// Masculine forms; `feminine(_:)` derives the feminine one.
    static let russianSurnames = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков",
        "Фёдоров", "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов",
        "Степанов", "Николаев", "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв",
        "Борисов", "Яковлев", "Григорьев", "Романов", "Воробьёв", "Сергеев", "Кузьмин", "Фролов",
        "Александров", "Дмитриев", "Королёв", "Гусев", "Киселёв", "Ильин", "Максимов", "Поляков",
        "Сорокин", "Виноградов", "Ковалёв", "Белов", "Медведев", "Антонов", "Тарасов", "Жуков", "Баранов",
        "Филиппов", "Комаров", "Давыдов", "Беляев", "Герасимов", "Богданов", "Осипов", "Сидоров",
        "Маслов", "Крылов", "Чернов", "Вишневский", "Островский", "Малиновский", "Шевченко", "Бондаренко",
        "Ткаченко", "Гордеев", "Лазарев", "Мельников", "Тихонов", "Ершов", "Шубин", "Калинин",
    ]
    static let englishMale = [
        "James", "John", "Robert", "Michael", "David", "William", "Richard", "Thomas", "Daniel", "Matthew",
        "Andrew", "Christopher", "Oliver", "Harry", "George", "Jack", "Samuel", "Benjamin", "Edward", "Henry",
        "Lukas", "Felix", "Jonas", "Max", "Paul", "Simon", "Tobias", "Leon", "Noah", "Ethan",
    ]
    static let englishFemale = [
        "Mary", "Elizabeth", "Sarah", "Emily", "Emma", "Olivia", "Sophie", "Charlotte", "Amelia", "Grace",
        "Hannah", "Laura", "Rachel", "Rebecca", "Claire", "Lucy", "Katherine", "Anna", "Julia", "Lena",
        "Clara", "Mia", "Leonie", "Chloe", "Isabel", "Natalie", "Victoria", "Zoe", "Alice", "Helen",
    ]
    static let englishSurnames = [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
        "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke",
        "Patel", "Hughes", "Edwards", "Turner", "Harris", "Baker", "Carter", "Mitchell", "Morgan", "Cooper",
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schulz",
        "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun", "Hartmann", "Krüger",
        "O'Brien", "Murphy", "Kelly", "Novak", "Kowalski", "Nowak", "van Dijk", "de Vries", "Jansen", "Bakker",
    ]

    /// Feminine form of a Russian surname (Иванов → Иванова, Вишневский → Вишневская; -енко unchanged).
    static func feminine(_ surname: String) -> String {
        if surname.hasSuffix("ский") { return String(surname.dropLast(2)) + "ая" }
        if surname.hasSuffix("ов") || surname.hasSuffix("ев") || surname.hasSuffix("ёв") || surname.hasSuffix("ин") {
            return surname + "а"
        }
        return surname
    }

    /// Cities, each with the share of Russian-speaking names and a currency.
    struct City { let name: String; let russianShare: Double; let currency: String }
    static let cities = [
        City(name: "Moscow", russianShare: 0.92, currency: "RUB"),
        City(name: "Saint Petersburg", russianShare: 0.9, currency: "RUB"),
        City(name: "Berlin", russianShare: 0.3, currency: "EUR"),
        City(name: "London", russianShare: 0.12, currency: "GBP"),
        City(name: "Kazan", russianShare: 0.9, currency: "RUB"),
        City(name: "Almaty", russianShare: 0.75, currency: "KZT"),
        City(name: "Tbilisi", russianShare: 0.6, currency: "GEL"),
        City(name: "Belgrade", russianShare: 0.5, currency: "EUR"),
        City(name: "Amsterdam", russianShare: 0.15, currency: "EUR"),
        City(name: "Dubai", russianShare: 0.45, currency: "USD"),
        City(name: "Novosibirsk", russianShare: 0.95, currency: "RUB"),
        City(name: "Warsaw", russianShare: 0.25, currency: "EUR"),
    ]

    /// Industries, heaviest first; each with English and Russian organisation suffixes.
    struct Industry { let name: String; let weight: Double; let english: [String]; let russian: [String] }
    static let industries = [
        Industry(name: "logistics", weight: 5, english: ["Freight", "Logistics", "Cargo", "Transport", "Shipping"],
                 russian: ["Логистик", "Карго", "Транс", "Экспедиция"]),
        Industry(name: "fintech", weight: 4, english: ["Pay", "Capital", "Ledger", "Finance", "Bank"],
                 russian: ["Финанс", "Капитал", "Пэй", "Банк"]),
        Industry(name: "software", weight: 4, english: ["Labs", "Systems", "Software", "Tech", "Cloud"],
                 russian: ["Софт", "Системс", "Технологии", "Лаб"]),
        Industry(name: "retail", weight: 3, english: ["Retail", "Market", "Stores", "Trade"],
                 russian: ["Ритейл", "Маркет", "Трейд"]),
        Industry(name: "manufacturing", weight: 3, english: ["Industries", "Works", "Manufacturing", "Steel"],
                 russian: ["Завод", "Промышленность", "Металл"]),
        Industry(name: "e-commerce", weight: 2.5, english: ["Commerce", "Shop", "Direct"], russian: ["Коммерс", "Шоп"]),
        Industry(name: "healthcare", weight: 1.5, english: ["Health", "Medical", "Care"], russian: ["Мед", "Клиник", "Фарм"]),
        Industry(name: "energy", weight: 1.5, english: ["Energy", "Power", "Grid"], russian: ["Энерго", "Нефть"]),
        Industry(name: "media", weight: 1, english: ["Media", "Studio", "Press"], russian: ["Медиа", "Студия"]),
        Industry(name: "agritech", weight: 1, english: ["Agro", "Farms", "Harvest"], russian: ["Агро", "Урожай"]),
        Industry(name: "real estate", weight: 1, english: ["Properties", "Estates", "Realty"], russian: ["Девелопмент", "Недвижимость"]),
        Industry(name: "legal", weight: 0.8, english: ["Legal", "Partners LLP", "Law"], russian: ["Юр", "Право"]),
    ]
    static let englishStems = [
        "North", "Blue", "Arc", "Vector", "Harbor", "Summit", "Iron", "Silver", "Bright", "Cedar", "Atlas",
        "Nova", "Orbit", "Prime", "Quartz", "River", "Stone", "Terra", "Union", "Vertex", "West", "Zenith",
        "Falcon", "Granite", "Meridian", "Pioneer", "Beacon", "Crest", "Delta", "Evergreen", "Lumen", "Kestrel",
    ]
    static let russianStems = [
        "Север", "Восток", "Вектор", "Азимут", "Гранит", "Меридиан", "Альфа", "Байкал", "Волга", "Горизонт",
        "Дельта", "Енисей", "Звезда", "Искра", "Кедр", "Лазурь", "Магистраль", "Нева", "Орион", "Полюс",
        "Радуга", "Сфера", "Тайга", "Урал", "Фарватер", "Эталон",
    ]

    static let titles: [ContactKind: [String]] = [
        .client: ["Head of Operations", "COO", "Procurement Manager", "Supply Chain Director", "CEO", "Logistics Manager",
                  "Руководитель закупок", "Операционный директор"],
        .supplier: ["Account Manager", "Sales Director", "Key Account Manager", "Менеджер по продажам"],
        .investor: ["Partner", "Principal", "Associate", "Managing Partner", "Angel investor", "Venture Partner"],
        .partner: ["BD Director", "CEO", "Head of Partnerships", "Co-founder", "Директор по развитию"],
        .colleague: ["CTO", "Engineer", "Product Manager", "Designer", "Head of Sales", "Разработчик", "Аналитик"],
        .mentor: ["Founder", "Advisor", "Board member", "Professor", "Serial entrepreneur"],
        .other: ["Journalist", "Recruiter", "Consultant", "Event organiser", "Lawyer", "Accountant", "Friend"],
    ]
    static let tags = ["warm", "decision-maker", "conference", "alumni", "slow-responder", "vip", "referral",
                       "board", "early-adopter", "technical"]
    static let outcomes = ["follow-up", "proposal sent", "next steps agreed", "no decision", "intro promised",
                           "pilot discussed", "contract signed"]
    static let notes = [
        "coffee near the office", "обсудили пилот", "pricing, timeline and SLA", "intro to the Berlin team",
        "met at the logistics forum", "созвон по интеграции", "asked about \"Series A\" plans", "quick catch-up",
        "обсуждали условия договора, сроки", "demo of the dispatch module", "lunch", "отправил презентацию",
    ]
    static let tieKinds = ["colleague", "former colleague", "co-founder", "friend", "board", "investor", "client",
                           "supplier", "classmates", "conference"]

    /// Latin slug of a name (ISO 9-like transliteration for Cyrillic): "Анна Петрова" → "anna-petrova".
    static func slug(_ name: String) -> String {
        var out = ""
        var lastDash = true
        for ch in name.lowercased() {
            if let t = translit[ch] {
                out += t
                lastDash = false
            } else if ch.isASCII && (ch.isLetter || ch.isNumber) {
                out.append(ch)
                lastDash = false
            } else if let ascii = latinFold[ch] {
                out += ascii
                lastDash = false
            } else if !lastDash {
                out += "-"
                lastDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "contact" : out
    }

    private static let translit: [Character: String] = [
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
        "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
        "э": "e", "ю": "yu", "я": "ya",
    ]
    private static let latinFold: [Character: String] = ["ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "é": "e"]
}
