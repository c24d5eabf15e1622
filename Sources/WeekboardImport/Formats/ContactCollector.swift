/// Contacts of one file gathered by their source identity: a contact's further records (transfers,
/// continuations, repeated deliveries) are folded into it and counted as skipped, so each contact
/// counts once whatever order its records come in.
struct ContactCollector {
    private(set) var contacts: [ContactRecord] = []
    private var primary: [Bool] = []
    private var abandonedByTime: [Bool] = []
    private var index: [String: Int] = [:]
    var skipped = SkipCounts()

    init(capacity: Int = 0) {
        index.reserveCapacity(capacity)
        contacts.reserveCapacity(capacity)
    }

    mutating func add(_ part: ContactPart) {
        if part.identity.isEmpty {
            // No identity (a mapping without one): every row is a contact, keyed as weekboard's own CSV rows are.
            contacts.append(part.record)
            primary.append(true)
            abandonedByTime.append(false)
            return
        }
        guard let i = index[part.identity] else {
            index[part.identity] = contacts.count
            var r = part.record
            r.source = part.identity
            contacts.append(r)
            primary.append(part.primary)
            abandonedByTime.append(part.abandonedByTime)
            return
        }
        skipped.add(part.again)
        var kept = contacts[i]
        if part.primary && !primary[i] {
            // The contact's own record came after one of its transfers: it stands for the contact.
            var r = part.record
            r.source = part.identity
            if let extra = kept.seconds { r.seconds = (r.seconds ?? 0) + extra }
            kept = r
            primary[i] = true
            abandonedByTime[i] = part.abandonedByTime
        } else if part.addsTime, let extra = part.record.seconds {
            kept.seconds = (kept.seconds ?? 0) + extra
        }
        if abandonedByTime[i] { kept.abandoned = (kept.seconds ?? 0) == 0 }
        contacts[i] = kept
    }

    /// The contacts, in the order their first record came; transfers whose contact's own record is not
    /// in the file are dropped (that contact was counted by the export it is in).
    mutating func finish() -> [ContactRecord] {
        let dropped = primary.reduce(0) { $0 + ($1 ? 0 : 1) }
        // Usually none: the list is handed over as it is, not copied.
        guard dropped > 0 else { return contacts }
        skipped.add(.firstContactMissing, dropped)
        return contacts.indices.filter { primary[$0] }.map { contacts[$0] }
    }
}
