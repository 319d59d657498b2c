import Testing
@testable import TextEngine

/// One formatter shared by many tasks from its first call on (ICU compiles number formatters
/// lazily; unguarded, concurrent first calls failed with U_INTERNAL_PROGRAM_ERROR).
@Suite struct ConcurrentFormattingTests {
    @Test func sharedNumberFormatterFromManyTasks() async throws {
        for round in 0..<20 {
            let formatter = try ICUNumberFormat(locale: "en", skeleton: "group-auto precision-integer")
            let results = try await withThrowingTaskGroup(of: String.self) { group in
                for task in 0..<8 {
                    group.addTask { try formatter.format(Double(1_234_567 + task + round)) }
                }
                return try await group.reduce(into: [String]()) { $0.append($1) }
            }
            #expect(Set(results) == Set((0..<8).map { "1,234,\(567 + $0 + round)" }))
        }
    }
}
