//===----------------------------------------------------------------------===//
// WorkspaceConfig: liaison.toml, parsed and validated once, at load
//===----------------------------------------------------------------------===//

import Foundation

/// `liaison.toml`, typed (SPEC §3.1):
///
/// ```toml
/// me = "anna-petrova"        # the ego: a contact id
/// as_of = 2026-03-14         # analyses are computed at this date (default: today)
/// team = ["me", "olga"]      # several owners: contact ids ("me" = the ego); see Team/Team.swift
/// [tie_strength] …           # TieStrengthModel (TieStrengthModel+Config.swift)
/// [quality] …                # QualityModel (QualityModel+Config.swift)
/// [[goal]] …                 # Goal, one table per goal (Goal+Config.swift)
/// [currency] …               # CurrencySettings: base, default, rates (CurrencySettings+Config.swift)
/// [plan]                     # PlanningOptions; the plan command's options override them
/// paths = 3
/// max_hops = 3
/// budget = 3
/// ```
/// Read by `WorkspaceConfig.read` when the workspace is loaded: every problem of every section
/// comes back at once as `liaison.toml:line:column: message`, in the loader's error list beside the
/// CSV problems, so `liaison check` sees them all. Nothing past the loader sees TOML.
public struct WorkspaceConfig: Sendable {
    /// The contact id `me` names (checked against contacts.csv by the loader).
    public var me: String?
    public var asOf: Date?
    /// `team`: the owners of a team workspace as written (contact ids, `"me"` for the ego), each
    /// with its place for the loader's messages; empty for a single owner.
    public var team: [String]
    public var teamPositions: [TOMLPosition]
    public var tieStrength: TieStrengthModel
    public var quality: QualityModel
    public var goals: [Goal]
    /// `[plan]`: the planner's defaults.
    public var planning: PlanningOptions
    /// `[currency]`: the base currency of money KPIs and the rates to it.
    public var currency: CurrencySettings
    /// The file the settings came from, for diagnostics.
    public var file: String

    public init(me: String? = nil, asOf: Date? = nil, tieStrength: TieStrengthModel = .init(),
                quality: QualityModel = .init(), goals: [Goal] = [], planning: PlanningOptions = .init(),
                currency: CurrencySettings = .init(), file: String = "liaison.toml") {
        self.me = me
        self.asOf = asOf
        self.team = []
        self.teamPositions = []
        self.tieStrength = tieStrength
        self.quality = quality
        self.goals = goals
        self.planning = planning
        self.currency = currency
        self.file = file
    }

    /// The top-level keys, each read by its own section.
    public static let knownKeys = ["as_of", "currency", "goal", "me", "plan", "quality", "team", "tie_strength"]

    /// What reading liaison.toml gave: the settings (defaults where a key was missing or bad), the
    /// errors and warnings, and where `me` was written (for the loader's messages about it).
    public struct Reading: Sendable {
        public var config: WorkspaceConfig
        public var errors: [Diagnostic]
        public var warnings: [Diagnostic]
        public var mePosition: TOMLPosition?
    }

    /// Parses and validates the bytes of liaison.toml (a UTF-8 byte-order mark is skipped). A TOML
    /// syntax error stops there (one diagnostic); otherwise every section is checked and every
    /// problem reported. An unknown top-level key is a warning (it may belong to a newer version).
    public static func read(_ bytes: [UInt8], file: String) -> Reading {
        var reader = ConfigReader(file: file)
        var config = WorkspaceConfig(file: file)
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let root: TOMLTable
        do {
            root = try TOML.parse(body)
        } catch {
            reader.problem(error.isEncoding ? error.message : "TOML syntax error: \(error.message)", at: error.position)
            return Reading(config: config, errors: reader.errors, warnings: [], mePosition: nil)
        }
        var mePosition: TOMLPosition?
        if let node = root["me"] {
            mePosition = node.position
            if let id = node.value.string, !id.trimmingCharacters(in: .whitespaces).isEmpty {
                config.me = id.trimmingCharacters(in: .whitespaces)
            } else {
                reader.problem("me must be a contact id as a string (me = \"anna-petrova\")", at: node.position)
            }
        }
        if let node = root["as_of"] {
            if let d = ConfigReader.date(node.value) {
                config.asOf = d
            } else {
                reader.problem("bad as_of: expected a TOML date (as_of = 2026-03-14), date-time, or an ISO 8601 string",
                               at: node.position)
            }
        }
        if let node = root["team"] {
            if let items = node.value.array, !items.isEmpty {
                var seen = Set<String>()
                for item in items {
                    guard let id = item.value.string?.trimmingCharacters(in: .whitespaces), !id.isEmpty else {
                        reader.problem("team: every member must be a contact id as a string (team = [\"me\", \"olga\"])",
                                       at: item.position)
                        continue
                    }
                    if !seen.insert(id).inserted {
                        reader.problem("team: \(id) is listed twice", at: item.position)
                        continue
                    }
                    config.team.append(id)
                    config.teamPositions.append(item.position)
                }
            } else {
                reader.problem("team must be a list of contact ids (team = [\"me\", \"olga\"])", at: node.position)
            }
        }
        config.tieStrength = TieStrengthModel.read(root, &reader)
        config.quality = QualityModel.read(root, &reader)
        config.goals = Goal.read(root, &reader)
        config.planning = PlanningOptions.read(root, &reader)
        config.currency = CurrencySettings.read(root, &reader)
        for e in root.entries where !knownKeys.contains(e.key) {
            reader.warning("unknown key \(e.key) is ignored: liaison.toml knows \(knownKeys.joined(separator: ", "))",
                           at: e.keyPosition)
        }
        return Reading(config: config, errors: reader.errors, warnings: reader.warnings, mePosition: mePosition)
    }

    /// Parses and validates liaison.toml text (tests, tools).
    ///
    /// - Throws: `InputErrors` with every problem, sorted by place.
    public init(parsing text: String, file: String = "liaison.toml") throws {
        let reading = Self.read(Array(text.utf8), file: file)
        if !reading.errors.isEmpty { throw InputErrors(Diagnostic.sortedByPlace(reading.errors)) }
        self = reading.config
    }
}
