import Foundation

/// Tiny image files written as bytes, for evidence-check tests: a 1x1 grey PNG and a 1x1 grey baseline JPEG,
/// optionally carrying an EXIF DateTimeOriginal.
enum ImageBytes {
    /// A 1x1 8-bit grey PNG (IHDR, one zlib-compressed IDAT row, IEND; CRCs included).
    static let png = Data([
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01,
        0x08, 0x00, 0x00, 0x00, 0x00, 0x3A, 0x7E, 0x9B, 0x55,
        0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x68, 0x00, 0x00, 0x00, 0x82, 0x00, 0x81,
        0x77, 0xCD, 0x72, 0xB6,
        0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ])

    /// A 1x1 grey baseline JPEG; with `taken` ("2026:11:04 10:00:00") an APP1 EXIF block holds it as DateTimeOriginal.
    static func jpeg(taken: String? = nil) -> Data {
        var bytes: [UInt8] = [0xFF, 0xD8]
        if let taken { bytes += exif(taken) }
        bytes += [0xFF, 0xDB, 0x00, 0x43, 0x00] + [UInt8](repeating: 1, count: 64)        // quantisation table
        bytes += [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00]  // 1x1, one component
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x00, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]  // DC table: one code
        bytes += [0xFF, 0xC4, 0x00, 0x14, 0x10, 0x01] + [UInt8](repeating: 0, count: 15) + [0x00]  // AC table: EOB
        bytes += [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]                 // start of scan
        bytes += [0x3F, 0xFF, 0xD9]                                                            // DC 0, EOB; end
        return Data(bytes)
    }

    /// APP1: `Exif\0\0`, little-endian TIFF, IFD0 → Exif IFD (offset 26) → DateTimeOriginal (ASCII at 44).
    private static func exif(_ taken: String) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16) }
        var tiff: [UInt8] = [0x49, 0x49, 0x2A, 0x00] + le32(8)
        tiff += le16(1) + le16(0x8769) + le16(4) + le32(1) + le32(26) + le32(0)
        tiff += le16(1) + le16(0x9003) + le16(2) + le32(20) + le32(44) + le32(0)
        tiff += Array(taken.utf8) + [0]
        let body: [UInt8] = Array("Exif".utf8) + [0, 0] + tiff
        let length = body.count + 2
        return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body
    }
}
