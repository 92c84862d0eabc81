// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "crosscheck",
    products: [
        .library(name: "CrossCheck", targets: ["CrossCheck"]),
        .executable(name: "crosscheck", targets: ["crosscheck"]),
    ],
    targets: [
        .target(name: "CrossCheck", path: "Sources/CrossCheck"),
        .executableTarget(name: "crosscheck", dependencies: ["CrossCheck"], path: "Sources/crosscheck"),
        .executableTarget(name: "crosscheck-bench", dependencies: ["CrossCheck"], path: "Sources/crosscheck-bench"),
        .executableTarget(name: "crosscheck-conformance", dependencies: ["CrossCheck"], path: "Sources/crosscheck-conformance"),
        // Golden reports are read from the checkout by path, not bundled as resources.
        .testTarget(name: "CrossCheckTests", dependencies: ["CrossCheck"], path: "Tests/CrossCheckTests",
                    exclude: ["Reporting/Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
