internal import CLibXML2

/// Conversions from libxml2's tree to Swift values, and its one-time setup.
enum LibXML {
    /// libxml2 must be initialized once before threads use it.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    static func initialize() { _ = initialized }

    static func string(_ chars: UnsafePointer<xmlChar>?) -> String? {
        chars.map { String(cString: $0) }
    }
}
