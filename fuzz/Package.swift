// swift-tools-version:6.0
// LiaisonFuzz: libFuzzer targets for Liaison's readers, in a package of their own (like bench/)
// so that the product package builds without sanitizers. One executable per reader; each is a
// libFuzzer binary (libFuzzer supplies `main`). Build and run through the Makefile:
//
//   make fuzz                      # every target for FUZZ_SECONDS (default 60) each
//   make fuzz FUZZ_TARGETS=csv FUZZ_SECONDS=600
//
// which runs `swift build -c release --package-path fuzz --sanitize fuzzer --sanitize address`
// and then `fuzz/.build/release/fuzz-<target> fuzz/corpus/<target> -max_total_time=…`.
// docs/robustness.md says what each target feeds and what counts as a finding.
import PackageDescription

let targets = ["csv", "workspace", "edges-csv", "edges-snap", "edges-graphml", "date",
               "toml", "edges-gml", "edges-pajek", "vcard", "mbox", "ics", "linkedin", "google-csv"]

let package = Package(
    name: "LiaisonFuzz",
    platforms: [.macOS(.v14)],
    products: targets.map { .executable(name: "fuzz-\($0)", targets: ["fuzz-\($0)"]) },
    dependencies: [
        .package(name: "Liaison", path: ".."),
    ],
    targets: [
        // The entry points, also replayed by the product's tests (Tests/LiaisonTests/Fuzz).
        .target(name: "FuzzEntryPoints", dependencies: [.product(name: "Liaison", package: "Liaison")]),
    ] + targets.map {
        .executableTarget(name: "fuzz-\($0)", dependencies: ["FuzzEntryPoints"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    },
    swiftLanguageModes: [.v6]
)
