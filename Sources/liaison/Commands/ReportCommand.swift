import ArgumentParser
import Foundation
import Liaison
import LiaisonRender

/// `liaison report`: one self-contained HTML file with the summary, the drawing (pan, zoom,
/// search), the bridge contacts, the weak-tie reach, contact quality and the introduction plan.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a self-contained HTML report: summary, drawing, bridges, reach, contact quality, plan.",
        discussion: """
        One HTML file with no network requests: the drawing is inline SVG with pan, zoom and \
        search; every table is plain HTML. With --edges the workspace-only parts (contact quality, \
        the introduction plan) are left out.

        EXAMPLES:
          liaison report data/demo -o out/report.html
          liaison report --edges karate.csv -o karate.html
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: [.customShort("o"), .long], help: ArgumentHelp("The HTML file to write.", valueName: "FILE"))
    var output: String

    @OptionGroup var ego: EgoOption

    @Option(help: "Rows per table.")
    var top: Int = 15

    @OptionGroup var betweenness: BetweennessOptions

    func validate() throws {
        if top < 1 { throw ValidationError("--top must be 1 or more") }
    }

    func run() throws {
        try reportingErrors {
            let network = try input.loadNetwork()
            let report = try HTMLReport(network: network, ego: try ego.node(in: network), top: top,
                                        generator: "liaison \(LiaisonCommand.configuration.version)",
                                        betweenness: betweenness.policy)
            try OutputFile.write(Array(report.html().utf8), to: output)
            printError("wrote \(output)")
        }
    }
}
