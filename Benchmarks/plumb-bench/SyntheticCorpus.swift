import Foundation

/// A generated submission folder: multi-document YAML files of `recordsPerFile` records each, on disk
/// and held in memory (so timed reads exclude disk I/O).
struct SyntheticCorpus {
    /// One file of the corpus.
    struct File {
        let path: String
        let bytes: Data
    }

    let folder: String
    let files: [File]
    let recordCount: Int

    /// Total size of the files in bytes.
    var byteCount: Int { files.reduce(0) { $0 + $1.bytes.count } }

    /// Generates `recordCount` records into `folder` (created, and expected to be empty).
    static func generate(records recordCount: Int, perFile: Int, seed: UInt64, into folder: String) throws -> SyntheticCorpus {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let generator = SyntheticRecords(seed: seed, recordCount: recordCount)
        var files: [File] = []
        var start = 0
        while start < recordCount {
            let end = min(recordCount, start + perFile)
            var text = ""
            text.reserveCapacity((end - start) * 1200)
            for index in start..<end {
                if index > start { text += "---\n" }
                text += generator.yaml(forRecord: index)
            }
            let path = folder + "/records-" + SyntheticRecords.serial(files.count) + ".yaml"
            let bytes = Data(text.utf8)
            try bytes.write(to: URL(fileURLWithPath: path))
            files.append(File(path: path, bytes: bytes))
            start = end
        }
        return SyntheticCorpus(folder: folder, files: files, recordCount: recordCount)
    }
}
