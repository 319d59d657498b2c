/// An error in what the user gave (a file, its contents): reported as `Error: message`,
/// without the usage text that ArgumentParser adds to validation errors. Exit code 2.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
