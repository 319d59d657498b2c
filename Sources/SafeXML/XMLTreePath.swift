/// Addressing elements of a lossless tree by their path: the positions in `children`, from the
/// element the path starts at.
extension XMLTreeElement {
    /// The element at `path` below this one (this element for an empty path); nil when the path
    /// leads nowhere or to a node that is not an element.
    public func element(at path: [Int]) -> XMLTreeElement? {
        var current = self
        for index in path {
            guard current.children.indices.contains(index), case let .element(child) = current.children[index] else { return nil }
            current = child
        }
        return current
    }

    /// Changes the element at `path` below this one with `change`; false (and nothing changed)
    /// when there is no element there.
    @discardableResult
    public mutating func modifyElement(at path: ArraySlice<Int>, _ change: (inout XMLTreeElement) -> Void) -> Bool {
        guard let index = path.first else {
            change(&self)
            return true
        }
        guard children.indices.contains(index), case var .element(child) = children[index] else { return false }
        // Take the child out while it changes, so it is not copied.
        children[index] = .text("")
        let done = child.modifyElement(at: path.dropFirst(), change)
        children[index] = .element(child)
        return done
    }
}
