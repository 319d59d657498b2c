import ArgumentParser
import Foundation
import TextEngine

/// Reads the text a command works on from an argument, a file or standard input.
enum InputText {
    /// The text: `argument` itself, standard input when it is "-", or the contents of `file`.
    /// Files and standard input must be valid UTF-8 of at most `maximumBytes`.
    static func read(argument: String?, file: String?, maximumBytes: Int) throws -> String {
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw InputError("\(file): cannot read the file")
            }
            return try decode(data, source: file, maximumBytes: maximumBytes)
        }
        if argument == "-" {
            return try decode(FileHandle.standardInput.readDataToEndOfFile(), source: "standard input", maximumBytes: maximumBytes)
        }
        return argument ?? ""
    }

    private static func decode(_ data: Data, source: String, maximumBytes: Int) throws -> String {
        guard data.count <= maximumBytes else {
            throw InputError("\(source): \(data.count) bytes is more than the limit of \(maximumBytes)")
        }
        do {
            return try UTF8Validation.decode(data)
        } catch let error as TextEngineError {
            throw InputError("\(source): \(error)")
        }
    }
}
