#!/usr/bin/env python3
"""Writes data/demo/: the bundled sample workspace (a founder's network, about 150 contacts).

The story: Алексей Воронов (Alexey Voronov) runs Routely, route-planning and dispatch software for
mid-size freight carriers. He grew up in Moscow, sold his first projects there, moved the company
to Berlin in 2024 and sells to carriers in Germany, the Netherlands and Russia. In late 2026 he wants
to raise a seed round from fintech investors (Routely is adding freight payments) and to sign three
more logistics clients in Berlin.

The cast of ~45 people below is written by hand (names, organisations, notes, the shape of each
relationship over time); about 105 more contacts are drawn from name and organisation lists in
communities (industry x city), the way `liaison synth` does. Everything is seeded: running this
script again gives the same files. Run from the repository root:  python3 data/curate_demo.py
"""
import csv
import datetime as dt
import math
import os
import random

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "demo")
AS_OF = dt.date(2026, 11, 20)
START = dt.date(2024, 3, 1)
rng = random.Random(2026)

CONTACT_COLUMNS = ["id", "name", "kind", "organization", "title", "industry", "city", "tags", "email", "phone", "url", "notes"]
contacts = []          # dicts
by_id = {}


def add(id, name, kind, org="", title="", industry="", city="", tags="", notes="", email=None, phone="", url=""):
    assert id not in by_id, id
    if email is None:
        domain = "".join(ch for ch in org.lower() if ch.isascii() and ch.isalnum()) or "mail"
        email = (id.replace("-", ".") + "@" + domain + ".com") if org and org.isascii() else ""
    c = dict(id=id, name=name, kind=kind, organization=org, title=title, industry=industry, city=city,
             tags=tags, email=email, phone=phone, url=url, notes=notes)
    contacts.append(c)
    by_id[id] = c


# --- The hand-written cast -------------------------------------------------------------------
add("alexey-voronov", "Алексей Воронов", "me", "Routely", "Founder & CEO", "software", "Berlin",
    notes="Routely: route planning and dispatch for mid-size freight carriers", url="https://routely.example")
# Routely
add("ekaterina-sokolova", "Екатерина Соколова", "colleague", "Routely", "CTO, co-founder", "software", "Berlin")
add("jonas-weber", "Jonas Weber", "colleague", "Routely", "Head of Sales", "software", "Berlin")
add("dmitry-lebedev", "Дмитрий Лебедев", "colleague", "Routely", "Lead Engineer", "software", "Belgrade")
add("sophie-turner", "Sophie Turner", "colleague", "Routely", "Customer Success", "software", "London")
add("pavel-kim", "Павел Ким", "colleague", "Routely", "Data Scientist", "software", "Belgrade")
# Mentors and advisers
add("igor-belyaev", "Игорь Беляев", "mentor", "Магистраль Онлайн (exited)", "Serial entrepreneur", "logistics", "Moscow",
    tags="warm", notes="Founded and sold a freight marketplace; my first mentor. Calls less often since he moved to Dubai", email="")
add("helen-clarke", "Helen Clarke", "mentor", "Independent", "Angel investor, ex-COO Harbor Pay", "fintech", "London",
    tags="angel;warm", notes="Knows everyone in London payments; sits on the board of Delta Cargo")
add("andrey-morozov", "Андрей Морозов", "partner", "Карго-Финанс", "Head of Partnerships", "fintech", "Moscow",
    tags="referral", notes="Factoring for carriers: half his friends are bankers, half are truckers", email="a.morozov@cargo-finance.example")
# Investors (the fintech goal)
add("markus-hoffmann", "Markus Hoffmann", "investor", "Kestrel Ventures", "Partner", "fintech", "Berlin",
    notes="Leads fintech at Kestrel; liked the payments angle in 2025")
add("olivia-bennett", "Olivia Bennett", "investor", "Ledgerline Capital", "Principal", "fintech", "London",
    notes="Writes seed tickets in B2B payments; Helen's former colleague")
add("anna-petrova", "Анна Петрова", "investor", "Север Капитал", "Partner", "fintech", "Moscow", email="")
add("natalia-orlova", "Наталья Орлова", "investor", "Baltic Fintech Fund", "Associate", "fintech", "Warsaw")
add("richard-hughes", "Richard Hughes", "investor", "Hughes Family Office", "Angel investor", "fintech", "London",
    tags="angel;slow-responder")
add("thomas-fischer", "Thomas Fischer", "investor", "Harbor Pay Ventures", "Managing Partner", "fintech", "Berlin",
    notes="Corporate VC of Harbor Pay; declined in 2025 ('too early')")
add("victoria-morgan", "Victoria Morgan", "investor", "Atlas Seed", "Partner", "software", "London")
add("sergey-volkov", "Сергей Волков", "investor", "", "Angel investor", "logistics", "Moscow",
    tags="angel;do-not-ask", notes="Invested in my first company; asked him too often already", email="")
add("grace-cooper", "Grace Cooper", "investor", "Lumen Fintech Partners", "Venture Partner", "fintech", "Amsterdam")
# Logistics clients and prospects (the logistics goal)
add("klaus-becker", "Klaus Becker", "client", "Becker Spedition", "Head of Operations", "logistics", "Berlin",
    tags="decision-maker;early-adopter", notes="First German client; refers us to other carriers")
add("lena-schulz", "Lena Schulz", "client", "Nordline Freight", "COO", "logistics", "Berlin", tags="decision-maker")
add("mikhail-zaytsev", "Михаил Зайцев", "client", "Волга-Логистик", "Операционный директор", "logistics", "Kazan", email="")
add("oleg-nikitin", "Олег Никитин", "client", "Магистраль-Карго", "Руководитель диспетчерской", "logistics", "Moscow",
    notes="Biggest client in 2024; left after the 2025 renewal fell through", email="")
add("laura-jansen", "Laura Jansen", "client", "Delta Cargo", "Head of Planning", "logistics", "Amsterdam")
add("felix-wagner", "Felix Wagner", "client", "Spree Logistik", "Managing Director", "logistics", "Berlin",
    notes="Prospect: Klaus introduced us in October 2026")
add("mia-richter", "Mia Richter", "client", "Havel Transport", "Head of Dispatch", "logistics", "Berlin", notes="Prospect")
add("tobias-krueger", "Tobias Krüger", "client", "Krüger Kühllogistik", "CEO", "logistics", "Berlin",
    notes="Prospect: cold-chain carrier, 120 trucks")
add("paul-neumann", "Paul Neumann", "client", "Neumann & Söhne Transporte", "Owner", "logistics", "Berlin", notes="Prospect")
# Suppliers
add("max-braun", "Max Braun", "supplier", "Vertex Maps", "Key Account Manager", "software", "Berlin")
add("yulia-frolova", "Юлия Фролова", "supplier", "Эталон-QA", "Менеджер проектов", "software", "Belgrade",
    notes="Outsourced QA; good people, often late", email="")
add("james-walker", "James Walker", "supplier", "Quartz Design Studio", "Creative Director", "media", "London")
add("irina-guseva", "Ирина Гусева", "supplier", "Баланс-Аудит", "Бухгалтер", "legal", "Moscow", email="")
add("clara-hartmann", "Clara Hartmann", "supplier", "Hartmann Legal", "Lawyer", "legal", "Berlin")
# Old ties and others
add("boris-tikhonov", "Борис Тихонов", "other", "Магистраль-Карго", "Head of IT", "logistics", "Moscow",
    notes="We built the first dispatch prototype together in 2023; lost touch after I moved", email="")
add("elena-kovaleva", "Елена Ковалёва", "partner", "Sfera Telematics", "BD Director", "logistics", "Berlin",
    notes="Telematics integration partner; bridge to the Berlin carriers")
add("william-harris", "William Harris", "partner", "Meridian Pay", "Head of Partnerships", "fintech", "London",
    notes="Payments rails for the freight-payments feature")
add("hannah-mueller", "Hannah Müller", "other", "LogiMAT Berlin", "Event organiser", "logistics", "Berlin")
add("nikita-popov", "Никита Попов", "other", "vc.ru", "Журналист", "media", "Moscow", email="")
add("rachel-green", "Rachel Green", "other", "Talent Bridge", "Recruiter", "software", "London", tags="do-not-ask",
    notes="Keeps trying to poach Dmitry")
add("vadim-orlov", "Вадим Орлов", "other", "", "Friend, ex-Yandex", "software", "Belgrade", tags="technical", email="")
add("george-evans", "George Evans", "mentor", "Founders Forum", "Programme Director", "software", "London")
add("svetlana-makarova", "Светлана Макарова", "partner", "Урал-Телематика", "Директор по развитию", "logistics", "Moscow", email="")
add("daniel-wright", "Daniel Wright", "other", "Freight Tech Weekly", "Editor", "media", "London")

CAST = len(contacts)

# --- Filler contacts in communities -------------------------------------------------------------
RU_M = ["Александр", "Андрей", "Антон", "Артём", "Виктор", "Глеб", "Денис", "Евгений", "Егор", "Иван", "Илья",
        "Кирилл", "Константин", "Максим", "Николай", "Роман", "Станислав", "Тимур", "Фёдор", "Ярослав"]
RU_F = ["Алина", "Анастасия", "Валерия", "Вера", "Дарья", "Екатерина", "Елизавета", "Ирина", "Ксения", "Марина",
        "Мария", "Ольга", "Полина", "Софья", "Татьяна", "Юлия"]
RU_S = ["Смирнов", "Кузнецов", "Попов", "Васильев", "Новиков", "Фёдоров", "Алексеев", "Степанов", "Николаев",
        "Макаров", "Захаров", "Соловьёв", "Борисов", "Яковлев", "Романов", "Сергеев", "Кузьмин", "Фролов",
        "Дмитриев", "Гусев", "Ильин", "Поляков", "Сорокин", "Виноградов", "Белов", "Медведев", "Антонов",
        "Тарасов", "Жуков", "Комаров", "Давыдов", "Герасимов", "Богданов", "Осипов", "Крылов", "Чернов"]
NAMES = {  # first names (male, female) and surnames per language
    "en": (["James", "Oliver", "Harry", "George", "Jack", "Samuel", "Edward", "Henry", "Matthew", "Adam"],
           ["Emily", "Emma", "Charlotte", "Amelia", "Lucy", "Katherine", "Grace", "Isabel", "Alice"],
           ["Smith", "Taylor", "Brown", "Wilson", "Davies", "Robinson", "Thompson", "Walker", "White", "Roberts", "O'Brien"]),
    "de": (["Lukas", "Jonas", "Leon", "Simon", "Florian", "Sebastian", "Niklas", "Moritz", "Jan", "Tim"],
           ["Julia", "Lena", "Clara", "Leonie", "Sophie", "Marie", "Laura", "Katrin", "Anja"],
           ["Schmidt", "Schneider", "Meyer", "Wolf", "Zimmermann", "Schwarz", "Koch", "Lange", "Vogel", "Frank", "Krause"]),
    "nl": (["Daan", "Ruben", "Sem", "Lars", "Bram", "Thijs"], ["Fenna", "Sanne", "Lotte", "Eva", "Iris"],
           ["de Vries", "van Dijk", "Bakker", "Visser", "Smit", "Mulder", "de Boer"]),
    "pl": (["Piotr", "Tomasz", "Paweł", "Marcin", "Krzysztof"], ["Marta", "Agnieszka", "Katarzyna", "Zofia"],
           ["Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński"]),
}
LANGUAGES = {"Moscow": {"ru": 95, "en": 5}, "Kazan": {"ru": 100}, "Belgrade": {"ru": 60, "en": 25, "de": 15},
             "Berlin": {"de": 60, "ru": 25, "en": 15}, "London": {"en": 80, "ru": 10, "de": 10},
             "Amsterdam": {"nl": 70, "en": 20, "ru": 10}, "Warsaw": {"pl": 80, "ru": 20}}
TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                    ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                     "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"]))


def slug(name):
    out, dash = "", True
    for ch in name.lower():
        t = TRANSLIT.get(ch)
        if t is None:
            t = {"ü": "ue", "ö": "oe", "ä": "ae", "ß": "ss", "ś": "s", "ł": "l", "ó": "o"}.get(ch)
        if t is None and ch.isascii() and ch.isalnum():
            t = ch
        if t is not None:
            out += t
            dash = False
        elif not dash:
            out += "-"
            dash = True
    return out.strip("-")


def feminine(s):
    if s.endswith(("ов", "ев", "ёв", "ин")):
        return s + "а"
    return s


def person(language):
    female = rng.random() < 0.45
    if language == "ru":
        first = rng.choice(RU_F if female else RU_M)
        last = rng.choice(RU_S)
        return first + " " + (feminine(last) if female else last)
    males, females, surnames = NAMES[language]
    last = rng.choice(surnames)
    if language == "pl" and female and last.endswith("ski"):
        last = last[:-1] + "a"
    return rng.choice(females if female else males) + " " + last


ORGS = {
    ("logistics", "Berlin"): ["Spreewald Cargo", "Berlin Freight Hub", "Tegel Transporte", "Adler Logistik", "Brandenburg Fracht"],
    ("logistics", "Moscow"): ["Север-Логистик", "Азимут-Карго", "Гранит-Транс", "Меридиан-Экспедиция"],
    ("logistics", "Kazan"): ["Волга-Транс", "Кама-Карго"],
    ("logistics", "Amsterdam"): ["Delta Cargo", "Amstel Freight", "Zuid Logistics"],
    ("logistics", "Warsaw"): ["Vistula Transport", "Mazovia Cargo"],
    ("fintech", "London"): ["Ledgerline", "Harbor Pay", "Meridian Pay", "Crest Finance", "Beacon Ledger"],
    ("fintech", "Berlin"): ["Kestrel Ventures", "Harbor Pay Ventures", "Spree Pay", "Union Ledger"],
    ("fintech", "Moscow"): ["Север Капитал", "Альфа-Пэй", "Вектор Финанс"],
    ("software", "Berlin"): ["Cedar Labs", "Orbit Systems", "Nova Cloud", "Factory Berlin"],
    ("software", "Moscow"): ["Искра Софт", "Лазурь Технологии"],
    ("software", "Belgrade"): ["Sava Dev", "Kalemegdan Labs"],
    ("software", "London"): ["Founders Forum", "Prime Software"],
    ("retail", "Berlin"): ["Kiez Markt", "Urban Retail Group"],
    ("manufacturing", "Kazan"): ["Кама-Металл"],
}
TITLES = {
    "client": ["Head of Operations", "Logistics Manager", "Fleet Manager", "COO", "Dispatcher"],
    "investor": ["Principal", "Associate", "Partner", "Analyst"],
    "partner": ["BD Manager", "Head of Partnerships", "Product Manager"],
    "colleague": ["Engineer", "Designer", "Sales Manager"],
    "supplier": ["Account Manager", "Sales Director"],
    "mentor": ["Advisor", "Founder", "Board member"],
    "other": ["Consultant", "Friend", "Journalist", "Lawyer", "Analyst", "Former colleague"],
}
RU_TITLES = {
    "client": ["Руководитель логистики", "Начальник транспортного отдела", "Операционный директор", "Диспетчер"],
    "investor": ["Партнёр", "Инвестиционный менеджер", "Аналитик"],
    "partner": ["Директор по развитию", "Менеджер по партнёрствам"],
    "supplier": ["Менеджер по продажам", "Аккаунт-менеджер"],
    "other": ["Консультант", "Друг", "Журналист", "Юрист", "Бывший коллега"],
    "mentor": ["Советник", "Основатель"],
}
INVESTOR_ORGS = {"London": ["Ledgerline Capital", "Beacon Ventures", "Crest Seed"], "Berlin": ["Kestrel Ventures", "Spree Capital"],
                 "Moscow": ["Север Капитал", "Вектор Венчурс"]}
# community, how many, kinds with weights
FILLER = [
    (("logistics", "Berlin"), 18, {"client": 6, "partner": 2, "other": 3}),
    (("logistics", "Moscow"), 14, {"client": 5, "partner": 2, "other": 3, "supplier": 1}),
    (("logistics", "Kazan"), 5, {"client": 3, "other": 1}),
    (("logistics", "Amsterdam"), 6, {"client": 3, "partner": 1, "other": 1}),
    (("logistics", "Warsaw"), 4, {"client": 2, "other": 1}),
    (("fintech", "London"), 13, {"investor": 3, "partner": 2, "other": 3}),
    (("fintech", "Berlin"), 9, {"investor": 3, "partner": 1, "other": 2}),
    (("fintech", "Moscow"), 7, {"investor": 2, "partner": 1, "other": 2}),
    (("software", "Berlin"), 10, {"other": 3, "partner": 1, "supplier": 1, "mentor": 0.3}),
    (("software", "Moscow"), 6, {"other": 3, "supplier": 1}),
    (("software", "Belgrade"), 5, {"other": 2, "supplier": 1}),
    (("software", "London"), 5, {"other": 2, "mentor": 1}),
    (("retail", "Berlin"), 3, {"client": 1, "other": 2}),
    (("manufacturing", "Kazan"), 2, {"client": 1, "other": 1}),
]
community_of = {}
for (industry, city), n, kinds in FILLER:
    for _ in range(n):
        kind = rng.choices(list(kinds), weights=list(kinds.values()))[0]
        languages = LANGUAGES[city]
        language = rng.choices(list(languages), weights=list(languages.values()))[0]
        name = person(language)
        cid = slug(name)
        while cid in by_id:          # one person per name in the demo
            name = person(language)
            cid = slug(name)
        org = rng.choice(INVESTOR_ORGS[city] if kind == "investor" else ORGS[(industry, city)])
        tags = ""
        if rng.random() < 0.15:
            tags = rng.choice(["warm", "conference", "alumni", "technical", "decision-maker"])
        if rng.random() < 0.03:
            tags = (tags + ";do-not-ask").strip(";")
        title = rng.choice(RU_TITLES[kind] if language == "ru" and rng.random() < 0.7 else TITLES[kind])
        add(cid, name, kind, org, title, industry, city, tags=tags,
            email="" if not org.isascii() or rng.random() < 0.3 else None,
            phone=("+49 30 " + "".join(rng.choice("0123456789") for _ in range(8))) if city == "Berlin" and rng.random() < 0.3 else "")
        community_of[cid] = (industry, city)
for c in contacts:
    community_of.setdefault(c["id"], (c["industry"], c["city"]))

# --- Interactions --------------------------------------------------------------------------------
ME = "alexey-voronov"
months = []
d = START
while d < AS_OF:
    months.append(d)
    d = (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def month_index(date):
    return (date.year - START.year) * 12 + date.month - START.month


def profile(base, start=START, end=AS_OF, trend=None):
    """Rate per month for each month: base between start and end, times trend(month offset)."""
    out = []
    for i, m in enumerate(months):
        if m < start.replace(day=1) or m >= end:
            out.append(0.0)
            continue
        out.append(base * (trend(i) if trend else 1.0))
    return out


D = dt.date
P = {}   # contact id -> rate per month of touches with me
P["ekaterina-sokolova"] = profile(14)
P["jonas-weber"] = profile(10, start=D(2024, 9, 1))
P["dmitry-lebedev"] = profile(7)
P["sophie-turner"] = profile(5, start=D(2025, 4, 1))
P["pavel-kim"] = profile(4, start=D(2025, 1, 1))
# A fading strong tie: weekly calls in 2024, a trickle by late 2026.
P["igor-belyaev"] = profile(7, trend=lambda i: max(0.1, math.exp(-i / 9.0)))
P["helen-clarke"] = profile(2.5, start=D(2024, 5, 1))
P["andrey-morozov"] = profile(1.8)
P["markus-hoffmann"] = profile(1.2, start=D(2025, 6, 1), trend=lambda i: 2.5 if i >= 30 else 1.0)
P["olivia-bennett"] = profile(1.2, start=D(2026, 9, 20))
P["anna-petrova"] = profile(0.8, trend=lambda i: 1.8 if 18 <= i <= 21 else 0.6)
P["natalia-orlova"] = profile(0.6, start=D(2025, 10, 15))
P["richard-hughes"] = profile(0.5, start=D(2025, 3, 1))
P["thomas-fischer"] = profile(1.5, start=D(2025, 10, 1), end=D(2025, 11, 15))
P["victoria-morgan"] = profile(0.7, start=D(2026, 3, 1), end=D(2026, 5, 1))
P["sergey-volkov"] = profile(0.5)
P["klaus-becker"] = profile(4, start=D(2024, 7, 1))
P["lena-schulz"] = profile(3, start=D(2025, 2, 15))
P["mikhail-zaytsev"] = profile(2, start=D(2024, 10, 1))
# Dormant once-strong: the biggest client in 2024, silent since the lost renewal in May 2025.
P["oleg-nikitin"] = profile(6, end=D(2025, 5, 20))
P["boris-tikhonov"] = profile(3.5, end=D(2025, 1, 10))
P["laura-jansen"] = profile(2, start=D(2024, 6, 10))
P["felix-wagner"] = profile(1.5, start=D(2026, 10, 2))
P["mia-richter"] = profile(0.8, start=D(2026, 6, 12))
P["max-braun"] = profile(1)
P["yulia-frolova"] = profile(3, start=D(2024, 9, 1))
P["james-walker"] = profile(1.5, start=D(2025, 1, 1), end=D(2025, 7, 1))
P["irina-guseva"] = profile(1)
P["clara-hartmann"] = profile(0.6, start=D(2024, 4, 1))
P["elena-kovaleva"] = profile(1.5, start=D(2024, 11, 1))
P["william-harris"] = profile(1.2, start=D(2026, 2, 1))
P["hannah-mueller"] = profile(0.4)
P["nikita-popov"] = profile(0.3)
P["vadim-orlov"] = profile(1.2)
P["george-evans"] = profile(0.8, start=D(2025, 1, 1))
P["svetlana-makarova"] = profile(0.8, end=D(2025, 8, 1))
P["daniel-wright"] = profile(0.2)
# tobias-krueger, paul-neumann, grace-cooper, rachel-green: no touches yet (targets to reach).
for c in contacts[CAST:]:
    if rng.random() < 0.72:
        start = rng.choice([START] * 3 + months)
        end = AS_OF if rng.random() < 0.8 else start + dt.timedelta(days=rng.randint(90, 500))
        P[c["id"]] = profile(min(2.0, 0.1 * rng.paretovariate(1.3)), start=start, end=end)

CHANNELS = ["email", "message", "call", "video", "meeting", "event"]
CHANNEL_WEIGHTS = {"colleague": [15, 40, 10, 25, 10, 0], "investor": [35, 10, 10, 30, 13, 2],
                   "client": [35, 15, 20, 15, 13, 2], "supplier": [50, 25, 10, 10, 5, 0],
                   "mentor": [10, 25, 35, 15, 15, 0], "partner": [35, 20, 15, 15, 12, 3], "other": [25, 35, 10, 5, 10, 15]}
NOTES = {
    "igor-belyaev": ["monthly call: pricing and hiring", "обсудили переезд в Берлин", "asked about the seed round"],
    "klaus-becker": ["pilot review, 14 trucks", "renewal, added the Potsdam depot", "he will talk to Felix at Spree"],
    "oleg-nikitin": ["обсуждение продления договора", "escalation: API downtime", "renewal lost: budget cut"],
    "markus-hoffmann": ["intro call, payments angle", "follow-up: metrics deck", "partner meeting prep"],
    "helen-clarke": ["coffee at Borough Market", "she offered to introduce Olivia", "board dinner, Delta Cargo"],
    "thomas-fischer": ["pitch: 'too early, come back at 1M ARR'"],
    "yulia-frolova": ["release 2.3 QA slipped a week", "договорились о новом SLA"],
    "boris-tikhonov": ["вспоминали первый прототип", "he moved to a bank"],
}
OUTCOMES = ["follow-up", "proposal sent", "next steps agreed", "no decision", "intro promised", "pilot agreed"]

rows = []
for cid, rates in P.items():
    kind = by_id[cid]["kind"]
    responsiveness = rng.lognormvariate(math.log(5), 0.8) * (3 if "slow-responder" in by_id[cid]["tags"] else 1)
    burst = False
    for i, m in enumerate(months):
        lam = rates[i]
        if lam <= 0:
            continue
        burst = (rng.random() < 0.55) if burst else (rng.random() < 0.15)
        lam *= 2.2 if burst else 0.8
        next_month = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        last_day = min(next_month, AS_OF) - dt.timedelta(days=1)
        span = (last_day - m).days + 1
        k = 0
        limit, p = math.exp(-lam), rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        center = rng.randrange(span)
        for _ in range(k):
            day = min(span - 1, max(0, center + int(rng.gauss(0, 3))))
            date = m + dt.timedelta(days=day)
            channel = rng.choices(CHANNELS, weights=CHANNEL_WEIGHTS[kind])[0]
            outgoing = rng.random() < (0.6 if kind in ("investor", "client") else 0.5)
            frm, to = (ME, [cid]) if outgoing else (cid, [ME])
            if channel in ("meeting", "video") and cid in ("klaus-becker", "lena-schulz", "felix-wagner", "laura-jansen") and rng.random() < 0.4:
                to = [cid, "jonas-weber"] if outgoing else [ME, "jonas-weber"]
            if channel == "meeting" and kind == "investor" and rng.random() < 0.3:
                to = [cid, "ekaterina-sokolova"] if outgoing else [ME, "ekaterina-sokolova"]
            reply = ""
            if channel in ("email", "message") and rng.random() < 0.72:
                hours = rng.lognormvariate(math.log(responsiveness * (0.3 if channel == "message" else 1)), 0.9)
                reply = f"{min(hours, 400):.1f}"
            when = date.isoformat() if channel in ("meeting", "event") else \
                f"{date.isoformat()}T{rng.randint(8, 19):02d}:{rng.choice([0, 15, 30, 45]):02d}"
            outcome = rng.choice(OUTCOMES) if channel in ("meeting", "video") and kind in ("client", "investor") and rng.random() < 0.3 else ""
            note = rng.choice(NOTES[cid]) if cid in NOTES and rng.random() < 0.2 else ""
            rows.append([when, frm, ";".join(to), channel, reply, outcome, note])
rows.sort(key=lambda r: (r[0], r[1], r[2]))


def write(name, header, data):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(data)


os.makedirs(OUT, exist_ok=True)
write("contacts.csv", CONTACT_COLUMNS, [[c[k] for k in CONTACT_COLUMNS] for c in contacts])
write("interactions.csv", ["date", "from", "to", "channel", "reply_hours", "outcome", "note"], rows)

# --- Declared ties between third parties ---------------------------------------------------------
ties = [
    ("ekaterina-sokolova", ME, 5, "co-founder", "2019-09-01", "studied together at МФТИ"),
    ("jonas-weber", "klaus-becker", 4, "client", "2024-07-01", ""),
    ("helen-clarke", "olivia-bennett", 4, "former colleague", "2016-01-01", "worked together at Harbor Pay"),
    ("helen-clarke", "thomas-fischer", 3, "former colleague", "2017-05-01", ""),
    ("helen-clarke", "richard-hughes", 3, "friend", "", ""),
    ("helen-clarke", "laura-jansen", 4, "board", "2022-03-01", "Helen sits on Delta Cargo's board"),
    ("helen-clarke", "william-harris", 3, "former colleague", "", ""),
    ("andrey-morozov", "anna-petrova", 4, "friend", "2015-01-01", "учились вместе"),
    ("andrey-morozov", "oleg-nikitin", 3, "client", "2021-01-01", "factoring for Магистраль-Карго"),
    ("andrey-morozov", "mikhail-zaytsev", 3, "client", "", ""),
    ("andrey-morozov", "markus-hoffmann", 2, "conference", "2025-05-01", ""),
    ("andrey-morozov", "natalia-orlova", 3, "former colleague", "", ""),
    ("markus-hoffmann", "thomas-fischer", 3, "co-investors", "", ""),
    ("markus-hoffmann", "grace-cooper", 2, "conference", "", ""),
    ("olivia-bennett", "grace-cooper", 3, "co-investors", "", ""),
    ("anna-petrova", "natalia-orlova", 3, "co-investors", "", ""),
    ("anna-petrova", "sergey-volkov", 4, "friend", "", ""),
    ("richard-hughes", "victoria-morgan", 3, "co-investors", "", ""),
    ("klaus-becker", "felix-wagner", 4, "friend", "", "neighbouring depots in Marienfelde"),
    ("klaus-becker", "lena-schulz", 3, "industry association", "", ""),
    ("klaus-becker", "paul-neumann", 2, "industry association", "", ""),
    ("lena-schulz", "mia-richter", 4, "former colleague", "2018-01-01", ""),
    ("elena-kovaleva", "tobias-krueger", 4, "client", "2023-06-01", "Sfera telematics in all his trucks"),
    ("elena-kovaleva", "mia-richter", 3, "client", "", ""),
    ("elena-kovaleva", "klaus-becker", 3, "client", "", ""),
    ("elena-kovaleva", "paul-neumann", 2, "client", "", ""),
    ("hannah-mueller", "tobias-krueger", 2, "conference", "", ""),
    ("hannah-mueller", "felix-wagner", 2, "conference", "", ""),
    ("igor-belyaev", "oleg-nikitin", 4, "former colleague", "2012-01-01", ""),
    ("igor-belyaev", "sergey-volkov", 4, "co-investors", "", ""),
    ("igor-belyaev", "boris-tikhonov", 3, "former colleague", "", ""),
    ("boris-tikhonov", "oleg-nikitin", 5, "colleague", "2016-01-01", ""),
    ("svetlana-makarova", "mikhail-zaytsev", 3, "client", "", ""),
    ("william-harris", "olivia-bennett", 2, "conference", "", ""),
    ("george-evans", "victoria-morgan", 3, "friend", "", ""),
    ("george-evans", "olivia-bennett", 2, "conference", "", ""),
    ("laura-jansen", "grace-cooper", 2, "friend", "", "both in Amsterdam"),
    ("vadim-orlov", "dmitry-lebedev", 4, "friend", "", ""),
    ("daniel-wright", "helen-clarke", 2, "conference", "", ""),
    ("nikita-popov", "anna-petrova", 2, "conference", "", ""),
]
# Colleagues at the same organisation, and a few acquaintances across communities, among the filler.
filler_ids = [c["id"] for c in contacts[CAST:]]
by_org = {}
for c in contacts:
    if c["organization"]:
        by_org.setdefault(c["organization"], []).append(c["id"])
seen = {tuple(sorted((a, b))) for a, b, *_ in ties}
for org, members in by_org.items():
    if org == "Routely":
        continue
    for i in range(1, len(members)):
        pair = tuple(sorted((members[0], members[i])))
        if pair not in seen:
            seen.add(pair)
            ties.append((members[0], members[i], rng.choice([3, 4, 5]), "colleague", "", ""))
for cid in filler_ids:
    for _ in range(rng.choice([0, 1, 1, 2])):
        same = [x for x in filler_ids if community_of[x] == community_of[cid] and x != cid]
        other = rng.choice(same) if same and rng.random() < 0.75 else rng.choice(contacts[1:])["id"]
        pair = tuple(sorted((cid, other)))
        if other == cid or pair in seen:
            continue
        seen.add(pair)
        strength = rng.choice([1, 2, 2, 3, 3, 4, ""])
        ties.append((cid, other, strength, rng.choice(["conference", "friend", "former colleague", "classmates", ""]), "", ""))
write("ties.csv", ["a", "b", "strength", "kind", "since", "note"], ties)

# --- Introductions -------------------------------------------------------------------------------
intros = [
    ("2024-04-02", "igor-belyaev", ME, "oleg-nikitin", "converted", "Игорь познакомил с Олегом: first big client"),
    ("2024-06-10", "helen-clarke", ME, "laura-jansen", "converted", "Delta Cargo pilot"),
    ("2024-11-05", "elena-kovaleva", ME, "klaus-becker", "accepted", "telematics integration call"),
    ("2025-02-11", "klaus-becker", ME, "lena-schulz", "converted", ""),
    ("2025-05-20", "andrey-morozov", ME, "markus-hoffmann", "accepted", "met at the fintech breakfast"),
    ("2025-06-03", "igor-belyaev", ME, "sergey-volkov", "declined", "Sergey: 'not this round, maybe next'"),
    ("2025-10-01", "markus-hoffmann", ME, "thomas-fischer", "declined", "too early for Harbor Pay Ventures"),
    ("2025-10-15", "anna-petrova", ME, "natalia-orlova", "accepted", ""),
    ("2026-01-20", ME, "andrey-morozov", "klaus-becker", "made", "factoring for Becker Spedition"),
    ("2026-02-02", "helen-clarke", ME, "william-harris", "converted", "payments partner"),
    ("2026-03-05", "richard-hughes", ME, "victoria-morgan", "declined", "Atlas Seed does not invest in logistics"),
    ("2026-06-12", "lena-schulz", ME, "mia-richter", "accepted", ""),
    ("2026-09-20", "helen-clarke", ME, "olivia-bennett", "accepted", "Olivia wants the freight-payments numbers"),
    ("2026-10-02", "klaus-becker", ME, "felix-wagner", "made", ""),
    ("2026-10-28", "elena-kovaleva", ME, "tobias-krueger", "requested", "asked Elena for a warm intro"),
    ("2026-11-10", "markus-hoffmann", ME, "grace-cooper", "requested", ""),
    ("2025-03-14", ME, "vadim-orlov", "dmitry-lebedev", "converted", "Vadim helped hire Dmitry's team"),
]
filler_clients = [c["id"] for c in contacts[CAST:] if c["kind"] == "client"]
for k, status in enumerate(["made", "accepted", "declined", "converted", "made"]):
    target = filler_clients[k * 3 % len(filler_clients)]
    introducer = rng.choice(["jonas-weber", "elena-kovaleva", "klaus-becker", "andrey-morozov"])
    day = START + dt.timedelta(days=rng.randrange((AS_OF - START).days - 30))
    intros.append((day.isoformat(), introducer, ME, target, status, ""))
intros.sort()
write("introductions.csv", ["date", "introducer", "from", "to", "status", "note"], intros)

# --- Deals ---------------------------------------------------------------------------------------
deals = [
    ("2024-04-25", "oleg-nikitin", 2400000, "RUB", "won", "igor-belyaev"),
    ("2024-08-30", "klaus-becker", 24000, "EUR", "won", "elena-kovaleva"),
    ("2024-09-15", "laura-jansen", 30000, "EUR", "won", "helen-clarke"),
    ("2024-12-10", "mikhail-zaytsev", 1200000, "RUB", "won", "andrey-morozov"),
    ("2025-04-01", "lena-schulz", 18000, "EUR", "won", "klaus-becker"),
    ("2025-05-15", "oleg-nikitin", 2600000, "RUB", "lost", ""),
    ("2025-08-30", "klaus-becker", 31000, "EUR", "won", ""),
    ("2025-09-15", "laura-jansen", 36000, "EUR", "won", "helen-clarke"),
    ("2025-12-10", "mikhail-zaytsev", 1500000, "RUB", "won", ""),
    ("2026-04-01", "lena-schulz", 21000, "EUR", "won", ""),
    ("2026-10-20", "felix-wagner", 15000, "EUR", "open", "klaus-becker"),
    ("2026-07-01", "mia-richter", 12000, "EUR", "open", "lena-schulz"),
    ("2026-08-30", "klaus-becker", 34000, "EUR", "open", ""),
]
for cid in filler_clients:
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        day = START + dt.timedelta(days=rng.randrange((AS_OF - START).days))
        city = by_id[cid]["city"]
        currency = "RUB" if city in ("Moscow", "Kazan") else "PLN" if city == "Warsaw" else "EUR"
        amount = int(rng.lognormvariate(math.log(900000 if currency == "RUB" else 40000 if currency == "PLN" else 9000), 0.6) / 100) * 100
        status = "open" if (AS_OF - day).days < 100 and rng.random() < 0.6 else rng.choice(["won", "won", "lost"])
        source = rng.choice(["", "", "jonas-weber", "elena-kovaleva", "klaus-becker"])
        deals.append((day.isoformat(), cid, amount, currency, status, source))
deals.sort()
write("deals.csv", ["date", "contact", "amount", "currency", "status", "source"], deals)

# --- Deliveries ----------------------------------------------------------------------------------
deliveries = []
order = 100
for supplier, every, late_share, delay in [("max-braun", 90, 0.05, 3), ("yulia-frolova", 30, 0.45, 12),
                                          ("james-walker", 40, 0.3, 6), ("irina-guseva", 30, 0.0, 0),
                                          ("clara-hartmann", 120, 0.1, 5)]:
    day = START + dt.timedelta(days=rng.randrange(20))
    if supplier == "james-walker":
        day = D(2025, 1, 20)
    while day < AS_OF and not (supplier == "james-walker" and day > D(2025, 7, 1)):
        order += 1
        late = rng.random() < late_share
        delivered = day + dt.timedelta(days=rng.randint(1, 2 * delay) if late else -rng.randint(0, 3))
        note = ""
        if late and supplier == "yulia-frolova":
            note = rng.choice(["regression suite slipped", "тестировщик в отпуске", "waiting for the staging build"])
        if delivered >= AS_OF:
            delivered_text = ""
        else:
            delivered_text = delivered.isoformat()
        deliveries.append((supplier, day.isoformat(), delivered_text, f"RT-{order}", note))
        day += dt.timedelta(days=every)
write("deliveries.csv", ["supplier", "due", "delivered", "order", "note"], deliveries)

# --- Feedback ------------------------------------------------------------------------------------
feedback = [
    ("2024-10-15", "klaus-becker", 5, "csat"), ("2025-04-10", "klaus-becker", 4, "csat"), ("2026-04-12", "klaus-becker", 5, "csat"),
    ("2025-06-01", "lena-schulz", 4, "csat"), ("2026-05-20", "lena-schulz", 5, "csat"),
    ("2025-02-01", "mikhail-zaytsev", 4, "csat"), ("2026-01-15", "mikhail-zaytsev", 9, "nps"),
    ("2024-09-01", "oleg-nikitin", 3, "csat"), ("2025-03-01", "oleg-nikitin", 2, "csat"),
    ("2025-01-10", "laura-jansen", 5, "csat"), ("2026-01-10", "laura-jansen", 8, "nps"),
]
for cid in filler_clients:
    if rng.random() < 0.4:
        day = START + dt.timedelta(days=rng.randrange((AS_OF - START).days))
        if rng.random() < 0.25:
            feedback.append((day.isoformat(), cid, rng.choice([6, 7, 8, 9, 9, 10]), "nps"))
        else:
            feedback.append((day.isoformat(), cid, rng.choice([3, 4, 4, 5, 5]), "csat"))
feedback.sort()
write("feedback.csv", ["date", "contact", "score", "scale"], feedback)

with open(os.path.join(OUT, "liaison.toml"), "w", encoding="utf-8") as f:
    f.write(f"""# Alexey Voronov's network (Routely). Described in data/README.md.
me = "{ME}"
as_of = {AS_OF.isoformat()}

[[goal]]
name = "Raise a seed round from fintech investors"
kind = "investor"
industry = "fintech"
count = 3
deadline = 2027-03-31

[[goal]]
name = "Sign three more logistics clients in Berlin"
kind = "client"
industry = "logistics"
city = "Berlin"
count = 3
deadline = 2027-06-30

[[goal]]
name = "A payments partner in London"
kind = "partner"
industry = "fintech"
city = "London"
count = 1
""")
print(f"wrote {OUT}: {len(contacts)} contacts, {len(rows)} interactions, {len(ties)} ties, "
      f"{len(intros)} introductions, {len(deals)} deals, {len(deliveries)} deliveries, {len(feedback)} feedback")
