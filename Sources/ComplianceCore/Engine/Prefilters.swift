/// The prefilter strings of every rule in one automaton, and which rule (slot) each is for.
final class Prefilters: Sendable {
    private let automaton: TermAutomaton
    /// For each automaton term, the slot of its rule.
    private let owners: [Int]
    private let slots: [ObjectIdentifier: Int]

    init(rules: [CompiledRule]) {
        var terms: [[UInt8]] = []
        var owners: [Int] = []
        var slots: [ObjectIdentifier: Int] = [:]
        for compiled in rules where !compiled.prefilterTerms.isEmpty {
            let slot = slots.count
            slots[ObjectIdentifier(compiled)] = slot
            for term in compiled.prefilterTerms {
                terms.append(Array(term.utf8))
                owners.append(slot)
            }
        }
        automaton = TermAutomaton(terms: terms)
        self.owners = owners
        self.slots = slots
    }

    func slot(of compiled: CompiledRule) -> Int? { slots[ObjectIdentifier(compiled)] }

    /// For each slot, whether one of its strings is in `normalized`: one pass for every rule.
    func passing(in normalized: [UInt8]) -> [Bool] {
        var passed = [Bool](repeating: false, count: slots.count)
        normalized.withUnsafeBufferPointer { bytes in
            automaton.forEachMatch(in: bytes) { term, _ in passed[owners[term]] = true }
        }
        return passed
    }
}
