// The trie an automaton is built from: TermAutomaton turns it into its DFA rows and links.

/// The trie of an automaton under construction, in flat arrays (one allocation per array, not
/// per state): children as sibling lists, the term ending at each state.
struct TrieBuilder {
    var firstChild: [Int32] = [-1]
    var nextSibling: [Int32] = [-1]
    var byte: [UInt8] = [0]
    /// The term ending at each state (-1: none); further terms equal to it in `moreTerms`.
    var term: [Int32] = [-1]
    var moreTerms: [Int32: [Int32]] = [:]

    mutating func insert(_ bytes: [UInt8], id: Int32) {
        var state = 0
        for b in bytes {
            var child = firstChild[state]
            while child >= 0, byte[Int(child)] != b { child = nextSibling[Int(child)] }
            if child < 0 {
                child = Int32(byte.count)
                firstChild.append(-1)
                nextSibling.append(firstChild[state])
                byte.append(b)
                term.append(-1)
                firstChild[state] = child
            }
            state = Int(child)
        }
        if term[state] < 0 {
            term[state] = id
        } else if term[state] != id, moreTerms[Int32(state)]?.contains(id) != true {
            moreTerms[Int32(state), default: []].append(id)
        }
    }

    /// The trie renumbered breadth first, children of a state consecutive and sorted by byte.
    func breadthFirst() -> Trie {
        var order: [Int32] = [0]
        order.reserveCapacity(byte.count)
        var childStart = [Int32](repeating: 0, count: byte.count)
        var childCount = [Int32](repeating: 0, count: byte.count)
        byte.withUnsafeBufferPointer { byte in
        firstChild.withUnsafeBufferPointer { firstChild in
        nextSibling.withUnsafeBufferPointer { nextSibling in
            var children: [Int32] = []
            var head = 0
            while head < order.count {
                children.removeAll(keepingCapacity: true)
                var child = firstChild[Int(order[head])]
                while child >= 0 {
                    // Insertion sort by byte: most states have one or two children.
                    var k = children.count
                    children.append(child)
                    while k > 0, byte[Int(children[k - 1])] > byte[Int(child)] {
                        children[k] = children[k - 1]
                        k -= 1
                    }
                    children[k] = child
                    child = nextSibling[Int(child)]
                }
                childStart[head] = Int32(order.count)
                childCount[head] = Int32(children.count)
                order += children
                head += 1
            }
        }}}
        var terms: [Int32] = []
        var more: [Int32: [Int32]] = [:]
        terms.reserveCapacity(order.count)
        for (position, old) in order.enumerated() {
            terms.append(term[Int(old)])
            if let extra = moreTerms[old] { more[Int32(position)] = extra }
        }
        return Trie(byte: order.map { byte[Int($0)] }, childStart: childStart, childCount: childCount, term: terms, moreTerms: more)
    }
}

/// A trie numbered breadth first: the children of each state are consecutive, sorted by byte.
struct Trie {
    let byte: [UInt8]
    let childStart: [Int32]
    let childCount: [Int32]
    let term: [Int32]
    let moreTerms: [Int32: [Int32]]

    var count: Int { byte.count }

    func children(of state: Int) -> Range<Int> {
        Int(childStart[state])..<Int(childStart[state] + childCount[state])
    }

    /// The child of `state` on byte `b`, if any (binary search among the sorted children).
    func child(of state: Int, on b: UInt8) -> Int? {
        var low = Int(childStart[state]), high = low + Int(childCount[state])
        while low < high {
            let middle = (low + high) / 2
            if byte[middle] < b { low = middle + 1 } else { high = middle }
        }
        return low < Int(childStart[state] + childCount[state]) && byte[low] == b ? low : nil
    }

    func appendTerms(of state: Int, to found: inout [Int32]) {
        guard term[state] >= 0 else { return }
        found.append(term[state])
        if let more = moreTerms[Int32(state)] { found += more }
    }

    /// Failure links and dictionary-suffix links (states are already in breadth-first order).
    func failureLinks() -> (fail: [Int32], dictionary: [Int32]) {
        var fail = [Int32](repeating: 0, count: count)
        var dictionary = [Int32](repeating: -1, count: count)
        for state in 0..<count {
            for child in children(of: state) {
                var target = 0
                if state != 0 {
                    var f = Int(fail[state])
                    while true {
                        if let next = self.child(of: f, on: byte[child]) { target = next; break }
                        if f == 0 { break }
                        f = Int(fail[f])
                    }
                }
                fail[child] = Int32(target)
                dictionary[child] = term[target] < 0 ? dictionary[target] : Int32(target)
            }
        }
        return (fail, dictionary)
    }
}
