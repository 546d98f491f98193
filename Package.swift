// swift-tools-version:6.0
// Liaison: a relationship-network analyser. Shape: SPEC §9 — the graph core knows no domain words,
// the domain builds on it, the renderer draws what the domain computed, the CLI is thin.
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "LiaisonGraph", targets: ["LiaisonGraph"]),
        .library(name: "Liaison", targets: ["Liaison"]),
        .library(name: "LiaisonRender", targets: ["LiaisonRender"]),
        .executable(name: "liaison", targets: ["liaison"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Tests only: property-based tests with shrinking (issue 19).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "LiaisonGraph"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(name: "Liaison", dependencies: ["LiaisonGraph", "CZlib"]),
        .target(name: "LiaisonRender", dependencies: ["Liaison", "LiaisonGraph", "CGraphviz"]),
        .executableTarget(name: "liaison", dependencies: [
            "Liaison", "LiaisonGraph", "LiaisonRender",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .testTarget(name: "LiaisonGraphTests", dependencies: [
                        "LiaisonGraph", .product(name: "PropertyBased", package: "swift-property-based")],
                    exclude: ["Fixtures"]),
        .testTarget(name: "LiaisonTests", dependencies: [
                        "Liaison", "LiaisonGraph", .product(name: "PropertyBased", package: "swift-property-based")]),
        .testTarget(name: "LiaisonRenderTests", dependencies: ["LiaisonRender", "Liaison", "LiaisonGraph", "CGraphviz"]),
        .testTarget(name: "LiaisonCLITests", dependencies: ["liaison"],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6]
)
