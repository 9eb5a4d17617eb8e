import Foundation

/// A generated corpus read back from disk (for the floor the full check is held to).
enum CorpusFolder {
    /// The YAML files of `folder`, in name order (the generator writes `records-NNNNNN.yaml`).
    static func yamlFiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted().map { folder + "/" + $0 }
    }
}
