// swift-tools-version:6.0
// LiaisonBench: the benchmark executables, in a package of their own so that the product package
// (`..`) builds only the product. It uses the product's libraries as any other client would, through
// their public API. Build and run from the repository root (bench/README.md):
//
//   swift build -c release --package-path bench                 # liaison-bench and graph-timing
//   swift build -c release --package-path bench --product liaison  # the product's CLI, same build
//   bench/.build/release/liaison-bench WORKLOAD INPUT [--threads T]
//   bench/.build/release/graph-timing threads 10000 50000
import PackageDescription

let package = Package(
    name: "LiaisonBench",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "liaison-bench", targets: ["liaison-bench"]),
        .executable(name: "graph-timing", targets: ["graph-timing"]),
    ],
    dependencies: [
        // The product package, named so that the products below resolve whatever the checkout's
        // folder is called (a path dependency's identity is otherwise its folder name).
        .package(name: "Liaison", path: ".."),
    ],
    targets: [
        // Liaison's side of `make bench`: one workload per process, timed inside it (bench/run.py).
        .executableTarget(name: "liaison-bench", dependencies: [
            .product(name: "Liaison", package: "Liaison"),
            .product(name: "LiaisonGraph", package: "Liaison"),
            .product(name: "LiaisonRender", package: "Liaison"),
        ]),
        // Timing of the betweenness core: 1 vs 2 threads, approximate vs exact (its README.md).
        .executableTarget(name: "graph-timing", dependencies: [
            .product(name: "LiaisonGraph", package: "Liaison"),
        ], exclude: ["README.md"]),
    ],
    swiftLanguageModes: [.v6]
)
