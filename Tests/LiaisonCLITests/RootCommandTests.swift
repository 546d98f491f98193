import Testing

@Test func versionAndHelp() throws {
    let version = try runLiaison(["--version"])
    #expect(version.status == 0)
    #expect(version.stdout == "0.1.0\n")
    let help = try runLiaison(["--help"])
    #expect(help.status == 0)
    #expect(help.stdout.contains("--edges FILE"))
}

@Test func unknownCommandIsAUsageError() throws {
    let r = try runLiaison(["no-such-command"])
    #expect(r.status == 64)
}
