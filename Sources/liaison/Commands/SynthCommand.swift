import ArgumentParser
import Foundation
import Liaison

/// `liaison synth`: write a realistic synthetic workspace.
struct SynthCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synth",
        abstract: "Generate a realistic synthetic workspace of a given size, deterministic for a seed.",
        discussion: """
        Contacts of every kind in communities (industry × city) with Russian (Cyrillic) and English \
        names, one 'me', bursty interactions with heavy-tailed frequencies over --months months \
        ending at --as-of, declared ties inside and across communities, introductions of every \
        status, deals (won/lost/open, with sources), supplier deliveries (some late), client \
        feedback, and liaison.toml with me, as_of and two goals. The same options and seed always \
        give the same files. The number of interactions is Poisson-distributed around --interactions.

        Files are streamed to disk with bounded memory (200,000 contacts and 10,000,000 interactions \
        are fine). An existing workspace in --out is not overwritten unless --force is given.

        EXAMPLES:
          liaison synth --contacts 500 --seed 7 --out /tmp/ws
          liaison synth --contacts 200000 --interactions 10000000 --out big
        """
    )

    @Option(help: "Number of contacts (me included).")
    var contacts: Int

    @Option(help: "About how many interactions (default: 15 per contact).")
    var interactions: Int?

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Months of history (at least 24).")
    var months: Int = 30

    @Option(name: .customLong("as-of"), help: "The workspace's as_of, YYYY-MM-DD (the history ends the day before).")
    var asOf: String = "2026-11-01"

    @Option(help: "The folder to write the workspace into.")
    var out: String

    @Flag(help: "Overwrite the workspace files already in --out.")
    var force = false

    func validate() throws {
        if contacts < 1 || contacts > 10_000_000 { throw ValidationError("--contacts must be between 1 and 10,000,000") }
        if let interactions, interactions < 0 { throw ValidationError("--interactions must be ≥ 0") }
        if months < 24 || months > 600 { throw ValidationError("--months must be between 24 and 600") }
        guard let d = ISODate.parse(asOf), ISODate.dayString(d) == asOf else {
            throw ValidationError("--as-of must be a date YYYY-MM-DD, e.g. 2026-11-01")
        }
    }

    func run() throws {
        try reportingErrors {
            let existing = WorkspaceLoader.fileNames.filter {
                FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent($0))
            }
            if !existing.isEmpty && !force {
                printError("error: \(out) already holds a workspace (\(existing.joined(separator: ", "))): use --force to overwrite it")
                throw ExitCode(Exit.usage)
            }
            let day = Int(ISODate.days(ISODate.parse(asOf)!))
            let options = SynthOptions(contacts: contacts, interactions: interactions, seed: seed, months: months, asOfDay: day)
            let r = try SynthWorkspace.generate(options, into: out)
            printError("wrote \(out): \(r.contacts) contacts, \(r.interactions) interactions, \(r.ties) ties, "
                + "\(r.introductions) introductions, \(r.deals) deals, \(r.deliveries) deliveries, \(r.feedback) feedback")
        }
    }
}
