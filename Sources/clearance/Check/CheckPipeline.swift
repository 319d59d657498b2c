import Foundation
import ComplianceCore
import Dispatch
import Formats
import Store

/// Checks batches of listings on every core, keeping input order.
struct CheckPipeline: Sendable {
    enum Outcome: Sendable {
        case checked(Listing, [ListingResult])
        case error(String)
        /// A blank line.
        case nothing
    }

    let engine: Engine
    let markets: [String: Market]
    /// `--market` values; empty: each listing's own market.
    let marketIDs: [String]
    let day: Day
    /// Worker count: the machine's cores.
    let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)

    func check(_ items: [ListingStream.Item]) -> [Outcome] {
        let slots = UnsafeMutableBufferPointer<Outcome?>.allocate(capacity: items.count)
        slots.initialize(repeating: nil)
        defer {
            _ = slots.deinitialize()
            slots.deallocate()
        }
        let shared = SendableSlots(slots)
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, items.count))) { worker in
            var index = worker
            while index < items.count {
                shared.slots[index] = outcome(items[index])
                index += workers
            }
        }
        return slots.map { $0! }
    }

    private func outcome(_ given: ListingStream.Item) -> Outcome {
        // Lines are parsed here, on the workers.
        guard let item = given.resolved() else { return .nothing }
        switch item {
        case .unparsed:
            return .nothing
        case let .error(error):
            return .error(error.description)
        case let .listing(listing):
            let ids = marketIDs.isEmpty ? listing.market.map { [$0] } ?? [] : marketIDs
            guard !ids.isEmpty else { return .error("listing '\(listing.id)': no market (give --market or a \"market\" field)") }
            var results: [ListingResult] = []
            for id in ids {
                guard let market = markets[id] else { return .error("listing '\(listing.id)': unknown market '\(id)'") }
                do {
                    results.append(try engine.check(listing, market: market, on: day))
                } catch {
                    return .error("listing '\(listing.id)': \(error)")
                }
            }
            return .checked(listing, results)
        }
    }
}

/// Slots that workers fill at distinct indices: no two write the same element.
private struct SendableSlots<Element>: @unchecked Sendable {
    let slots: UnsafeMutableBufferPointer<Element>
    init(_ slots: UnsafeMutableBufferPointer<Element>) { self.slots = slots }
}

extension CheckPipeline {
    /// What the store records of checked outcomes, numbered from `firstItem` (blank lines are
    /// numbered too, and recorded as nothing).
    static func batch(_ outcomes: [Outcome], firstItem: Int) -> [BatchItem] {
        var batch: [BatchItem] = []
        for (offset, outcome) in outcomes.enumerated() {
            let item = firstItem + offset
            switch outcome {
            case let .checked(listing, results):
                batch.append(.checked(item: item, listingID: listing.id, content: ListingJSON.value(listing).text, results: results))
            case let .error(message):
                batch.append(.failed(item: item, message: message))
            case .nothing:
                break
            }
        }
        return batch
    }
}
