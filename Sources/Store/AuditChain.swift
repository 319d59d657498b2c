import Crypto
import Foundation

/// An entry of the audit trail: who did what, when, under which rule-pack versions and why.
/// Entries are append-only; each one's hash covers its fields and the hash of the entry before
/// it, so editing or deleting an entry breaks the chain from there on.
public struct AuditEntry: Sendable, Equatable, Codable {
    /// 1, 2, 3, ... with no gaps.
    public let seq: Int
    /// ISO 8601 UTC, to the second: `2026-12-01T05:10:00Z`.
    public let at: String
    public let actor: String
    /// `run.start`, `run.finish`, `decision`, `override`, ...
    public let action: String
    /// What the action is about: a run (`run:12`), a listing version (`listing:sku-1@3f2a…|DE`).
    public let subject: String
    /// The rule packs in force, `id@version`, comma-separated.
    public let packs: String
    public let reason: String?
    /// The action's own data, as JSON.
    public let detail: String
    public let previousHash: String
    public let hash: String

    public init(seq: Int, at: String, actor: String, action: String, subject: String, packs: String, reason: String?, detail: String,
                previousHash: String, hash: String) {
        self.seq = seq
        self.at = at
        self.actor = actor
        self.action = action
        self.subject = subject
        self.packs = packs
        self.reason = reason
        self.detail = detail
        self.previousHash = previousHash
        self.hash = hash
    }
}

/// The hash chain of the audit trail.
public enum AuditChain {
    /// The previous hash of the first entry.
    public static let genesis = String(repeating: "0", count: 64)

    /// The SHA-256 (hex) of an entry's fields and the previous hash. Fields are separated by
    /// U+001F and a missing reason is written as U+0000, so no two entries hash the same text.
    public static func hash(seq: Int, at: String, actor: String, action: String, subject: String, packs: String,
                            reason: String?, detail: String, previousHash: String) -> String {
        let fields = [String(seq), at, actor, action, subject, packs, reason ?? "\u{0}", detail, previousHash]
        return hex(SHA256.hash(data: Data(fields.joined(separator: "\u{1F}").utf8)))
    }

    /// The SHA-256 of `text` as 64 lowercase hex digits.
    public static func sha256(_ text: String) -> String {
        hex(SHA256.hash(data: Data(text.utf8)))
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    /// What is wrong with a trail, entry by entry; empty when the chain is intact.
    /// - Parameters:
    ///   - entries: the trail in `seq` order.
    ///   - head: the last `seq` and hash the store recorded beside the trail, when it keeps one:
    ///     it tells a deleted last entry from a trail that was never longer.
    public static func problems(in entries: [AuditEntry], head: (seq: Int, hash: String)?) -> [String] {
        var problems: [String] = []
        var previous = genesis
        var expected = 1
        for entry in entries {
            if entry.seq != expected {
                problems.append(entry.seq > expected
                    ? "entries \(expected)...\(entry.seq - 1) are missing (deleted)"
                    : "entry \(entry.seq) is out of order")
            }
            if entry.previousHash != previous {
                problems.append("entry \(entry.seq) does not follow the entry before it (an entry before it was edited or deleted)")
            }
            let recomputed = hash(seq: entry.seq, at: entry.at, actor: entry.actor, action: entry.action, subject: entry.subject,
                                  packs: entry.packs, reason: entry.reason, detail: entry.detail, previousHash: entry.previousHash)
            if recomputed != entry.hash { problems.append("entry \(entry.seq) was edited: its fields do not match its hash") }
            previous = entry.hash
            expected = entry.seq + 1
        }
        if let head {
            let last = entries.last
            if last?.seq != head.seq || last?.hash != head.hash {
                problems.append("the trail ends at entry \(last?.seq ?? 0), but the store recorded entry \(head.seq) as its last (entries were deleted or edited at the end)")
            }
        }
        return problems
    }
}

extension AuditChain {
    /// The SHA-256 of a file's bytes, read in chunks, as 64 lowercase hex digits; nil when it
    /// cannot be read.
    public static func sha256(file path: String) -> String? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var hasher = SHA256()
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
        }
        return hex(hasher.finalize())
    }
}
