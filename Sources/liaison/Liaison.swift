import ArgumentParser
import Liaison

@main
struct LiaisonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Understand a business relationship network: tie strength, bridges, weak-tie reach, introductions.",
        discussion: """
        Every analysis command takes a workspace folder (contacts.csv, interactions.csv, … and \
        liaison.toml) or a plain graph with --edges FILE.

        EXAMPLES:
          liaison check data/demo
          liaison summary data/demo
          liaison summary --edges karate.csv
        """,
        version: "0.1.0",
        subcommands: [
            CheckCommand.self, SummaryCommand.self, SynthCommand.self,
            TiesCommand.self, ContactsCommand.self, CalibrateCommand.self,
            CentralityCommand.self,
            BridgesCommand.self,
            PlanCommand.self, SuggestCommand.self,
            RenderCommand.self, ReportCommand.self, ExportCommand.self,
            CommunitiesCommand.self,
            ReachCommand.self,
            ImportCommand.self, LogCommand.self,
            AgendaCommand.self, ShowCommand.self, DiffCommand.self,
        ]
    )

    /// The entry point: tunes the allocator once, before any command allocates, prepares standard
    /// output (SIGPIPE ignored, so that a closed pipe is a reported write error, exit 74), then
    /// lets the argument parser run the command.
    static func main() {
        AllocatorTuning.forLargeGraphs()
        StandardOutput.prepareProcess()
        do {
            var command = try parseAsRoot(nil)
            try command.run()
        } catch {
            // Help, --version and completion scripts (success), and a bare ExitCode (its message
            // was printed already), exit as the argument parser does; a usage error is printed
            // with the `error:` prefix every other error line has, not the parser's `Error:`.
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            guard code != .success, !message.isEmpty else { exit(withError: error) }
            printError(message.hasPrefix("Error: ") ? "error: " + message.dropFirst("Error: ".count) : message)
            try? StandardOutput.flush()
            exit(withError: ExitCode(code.rawValue))
        }
    }
}
