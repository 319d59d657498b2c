#if canImport(Glibc)
import Glibc
#endif

/// Reads a file under `Tests/Fixtures` (the package root is the working directory of `swift test`).
enum Fixture {
    struct Missing: Error, CustomStringConvertible {
        let path: String
        var description: String { "\(path): cannot read the fixture" }
    }

    static func text(_ path: String) throws -> String {
        let full = "Tests/Fixtures/" + path
        guard let file = fopen(full, "rb") else { throw Missing(path: full) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
