/// Why a record of a known export was left out without being an error: it is not inbound demand, or
/// it is part of a contact already counted. Counted and named in the import's summary, in this order.
package enum SkipReason: Int, CaseIterable, Comparable, Sendable {
    case notIntoQueue, outbound, internalCall, repeated, transfer, continuation, endedBeforeQueue, task
    case otherMedia, otherInitiation, noServiceLine, notCounted, firstContactMissing

    /// The words after the count: "75 calls not into a queue".
    func words(_ n: Int) -> String {
        let one = n == 1
        switch self {
        case .notIntoQueue: return one ? "call not into a queue" : "calls not into a queue"
        case .outbound: return "outbound"
        case .internalCall: return one ? "internal call" : "internal calls"
        case .repeated: return one ? "repeated record" : "repeated records"
        case .transfer: return one ? "transfer" : "transfers"
        case .continuation: return one ? "continuation record" : "continuation records"
        case .endedBeforeQueue: return "ended before a queue"
        case .task: return one ? "task" : "tasks"
        case .otherMedia: return one ? "contact on other media" : "contacts on other media"
        case .otherInitiation:
            return one ? "contact not started by the customer" : "contacts not started by the customer"
        case .noServiceLine:
            return one ? "call to a number with no service line" : "calls to numbers with no service line"
        case .notCounted: return one ? "row the mapping does not count" : "rows the mapping does not count"
        case .firstContactMissing:
            return one
                ? "transfer whose first contact is not in the file" : "transfers whose first contact is not in the file"
        }
    }

    package static func < (a: SkipReason, b: SkipReason) -> Bool { a.rawValue < b.rawValue }
}
