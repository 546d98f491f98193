import ArgumentParser
import Foundation
import Liaison

/// `liaison check WS`: validate a workspace and say what it holds.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a workspace folder and print what it holds.",
        discussion: """
        Reads contacts.csv (required), interactions.csv, ties.csv, introductions.csv, deals.csv, \
        deliveries.csv, feedback.csv and liaison.toml, and reports every problem at once as \
        file:line:column: message on standard error. Prints the number of rows per file, the date \
        range of the interactions and the warnings (contacts never touched, unknown columns, …). \
        Writes nothing.

        Exit status: 0 valid, 65 the data has errors, 66 the folder or contacts.csv is missing.

        EXAMPLES:
          liaison check data/demo
          liaison check ~/crm 2> problems.txt
        """
    )

    @Argument(help: "The workspace folder.")
    var workspace: String

    func run() throws {
        try reportingErrors {
            let (ws, warnings) = try WorkspaceLoader.load(from: workspace)
            for w in warnings { printError(w.description) }
            try StandardOutput.print(Self.report(ws, directory: workspace, warnings: warnings.count), terminator: "")
        }
    }

    static func report(_ ws: Workspace, directory: String, warnings: Int) -> String {
        var table = TextTable(headers: ["file", "status", "rows"], alignments: [.left, .left, .right])
        let counts = [ws.contacts.count, ws.interactions.count, ws.ties.count, ws.introductions.count,
                      ws.deals.count, ws.deliveries.count, ws.feedback.count]
        for (name, count) in zip(WorkspaceLoader.fileNames, counts) {
            let exists = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent(name))
            table.append([name, exists ? "ok" : "absent", exists ? String(count) : ""])
        }
        let toml = FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("liaison.toml"))
        table.append(["liaison.toml", toml ? "ok" : "absent", ""])
        var out = TextTable.sanitize(directory) + ": valid workspace\n" + table.rendered()
        if let first = ws.interactions.min(by: { $0.date < $1.date })?.date,
           let last = ws.interactions.max(by: { $0.date < $1.date })?.date {
            out += "interactions from \(ISODate.dayString(first)) to \(ISODate.dayString(last))\n"
        }
        out += "me: " + (ws.me.map { TextTable.sanitize("\(ws[$0].name) (\(ws[$0].id))") } ?? "none (use --ego with ego-centred commands)") + "\n"
        if let asOf = ws.config.asOf { out += "as_of: \(ISODate.dayString(asOf))\n" } else { out += "as_of: today\n" }
        out += "\(warnings) warning\(warnings == 1 ? "" : "s")\n"
        return out
    }
}
