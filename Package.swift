// swift-tools-version:6.0
import PackageDescription

/// One set of compiler settings for every target (STYLE.md §10).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The in-process discipline plugins: one target each under plugins/, depending on PlumbCore only,
/// listed explicitly in Plumbline's BuiltInCheckers (DESIGN.md §Plugins).
let disciplinePlugins = ["Excavation", "Formwork", "Lifting", "Scaffolding", "Electrical", "Concrete", "General"]

let package = Package(
    name: "Plumbline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "plumb", targets: ["plumb"]),
        .library(name: "Plumbline", targets: ["Plumbline"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "PlumbCore", swiftSettings: swiftSettings),
        .target(name: "PlumbLoad", dependencies: ["PlumbCore", "CYAML"], swiftSettings: swiftSettings),
        .target(name: "PlumbKPI", dependencies: ["PlumbCore"], swiftSettings: swiftSettings),
        .target(name: "PlumbReport", dependencies: ["PlumbCore", "PlumbKPI"], swiftSettings: swiftSettings),
        .target(name: "PlumbPluginHost", dependencies: ["PlumbCore"], swiftSettings: swiftSettings),
        .target(
            name: "Plumbline",
            dependencies: ["PlumbCore", "PlumbLoad", "PlumbReport", "PlumbKPI", "PlumbPluginHost"] + disciplinePlugins.map { .target(name: $0) },
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "plumb",
            dependencies: ["Plumbline", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "plumb-bench",
            dependencies: ["Plumbline", "PlumbLoad", "PlumbCore", "CYAML"],
            path: "Benchmarks/plumb-bench",
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "PlumbCoreTests", dependencies: ["PlumbCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumbLoadTests", dependencies: ["PlumbLoad", "PlumbCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumbKPITests", dependencies: ["PlumbKPI", "PlumbCore", "PlumbLoad"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumbReportTests", dependencies: ["PlumbReport", "PlumbCore"], exclude: ["Golden"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumbPluginHostTests", dependencies: ["PlumbPluginHost", "PlumbLoad", "PlumbCore"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumblineTests", dependencies: ["Plumbline"], swiftSettings: swiftSettings),
        .testTarget(name: "PlumbEndToEndTests", dependencies: ["Plumbline"], swiftSettings: swiftSettings),
    ] + disciplinePlugins.map { name in
        .target(name: name, dependencies: ["PlumbCore"], path: "plugins/\(name)", swiftSettings: swiftSettings)
    }
)
