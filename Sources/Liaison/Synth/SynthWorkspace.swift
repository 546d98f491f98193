//===----------------------------------------------------------------------===//
// SynthWorkspace: a realistic synthetic workspace of any size, deterministic for a seed
//===----------------------------------------------------------------------===//

import Foundation

/// What `liaison synth` builds.
public struct SynthOptions: Sendable {
    public var contacts: Int
    /// About how many interactions (Poisson: the exact count varies by a fraction of a percent).
    public var interactions: Int
    public var seed: UInt64
    /// Months of history, ending at `asOf` (at least 24).
    public var months: Int
    /// The workspace's as_of, days since 1970-01-01.
    public var asOfDay: Int

    public init(contacts: Int, interactions: Int? = nil, seed: UInt64 = 1, months: Int = 30,
                asOfDay: Int = ISODate.daysFromCivil(year: 2026, month: 11, day: 1)) {
        self.contacts = contacts
        self.interactions = interactions ?? contacts * 15
        self.seed = seed
        self.months = months
        self.asOfDay = asOfDay
    }
}

/// Rows written per file.
public struct SynthReport: Sendable, Equatable {
    public var contacts = 0, interactions = 0, ties = 0, introductions = 0, deals = 0, deliveries = 0, feedback = 0
}

/// Generates a synthetic workspace (SPEC §6 `synth`): contacts of every kind in communities
/// (industry × city) with Russian and English names, one `me`, bursty heavy-tailed interactions
/// (see `SynthActivity`), declared ties inside and across communities, introductions of every
/// status, deals with sources, supplier deliveries (some late), client feedback, and liaison.toml
/// with `me`, `as_of` and two goals.
///
/// Every file is streamed through the 1 MiB buffer of an `OutputFile` and renamed into place when
/// complete (atomic per file), all under the workspace lock (`WorkspaceLock`). Memory is
/// O(contacts + relationships + one month of interactions): 200,000 contacts and 10,000,000
/// interactions fit in a few hundred megabytes.
public enum SynthWorkspace {
    public static func generate(_ o: SynthOptions, into directory: String) throws -> SynthReport {
        precondition(o.contacts >= 1 && o.months >= 1 && o.interactions >= 0)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputError(.cannotCreate, path: directory, reason: "cannot create the folder")
        }
        let lock = try WorkspaceLock(workspace: directory)
        defer { lock.release() }
        func open(_ name: String) throws -> CSVRowWriter {
            try CSVRowWriter(path: WorkspaceLoader.path(directory, name))
        }
        var report = SynthReport()
        let contactsFile = try open("contacts.csv")
        let pop = SynthPopulation.generate(count: o.contacts, seed: o.seed, to: contactsFile)
        try contactsFile.commit()
        report.contacts = o.contacts

        let act = SynthActivity.relationships(pop, months: o.months, seed: o.seed)
        let interactionsFile = try open("interactions.csv")
        report.interactions = act.writeInteractions(pop, total: o.interactions, months: o.months,
                                                    asOfDay: o.asOfDay, seed: o.seed, to: interactionsFile)
        try interactionsFile.commit()

        let (y, m, _) = ISODate.civilFromDays(o.asOfDay)
        let firstMonth = y * 12 + (m - 1) - (o.months - 1)
        let firstDay = ISODate.daysFromCivil(year: firstMonth / 12, month: firstMonth % 12 + 1, day: 1)
        let records = SynthRecords(pop: pop, act: act, seed: o.seed, firstDay: firstDay, asOfDay: o.asOfDay)
        let ties = try open("ties.csv")
        report.ties = records.writeTies(to: ties)
        try ties.commit()
        let intros = try open("introductions.csv")
        let (introCount, introducerOf) = records.writeIntroductions(to: intros)
        report.introductions = introCount
        try intros.commit()
        let deals = try open("deals.csv")
        report.deals = records.writeDeals(introducerOf: introducerOf, to: deals)
        try deals.commit()
        let deliveries = try open("deliveries.csv")
        report.deliveries = records.writeDeliveries(to: deliveries)
        try deliveries.commit()
        let feedback = try open("feedback.csv")
        report.feedback = records.writeFeedback(to: feedback)
        try feedback.commit()

        try OutputFile.write(config(meID: pop.idString(0), asOfDay: o.asOfDay, seed: o.seed, contacts: o.contacts),
                             to: WorkspaceLoader.path(directory, "liaison.toml"))
        return report
    }

    static func config(meID: String, asOfDay: Int, seed: UInt64, contacts: Int) -> String {
        let asOf = ISODate.dayString(ISODate.date(days: Double(asOfDay)))
        let deadline = ISODate.dayString(ISODate.date(days: Double(asOfDay + 180)))
        return """
        # Synthetic workspace: liaison synth --contacts \(contacts) --seed \(seed)
        me = "\(meID)"
        as_of = \(asOf)

        [[goal]]
        name = "Raise a seed round from fintech investors"
        kind = "investor"
        industry = "fintech"
        count = 3
        deadline = \(deadline)

        [[goal]]
        name = "Find logistics clients in Berlin"
        kind = "client"
        industry = "logistics"
        city = "Berlin"
        count = 3

        """
    }
}
