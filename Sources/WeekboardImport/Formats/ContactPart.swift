/// A record that is a contact, or another record of a contact (a transfer, a continuation).
struct ContactPart {
    var record: ContactRecord
    /// The source's identity of the contact (Call ID, Master_Contact_ID, InitialContactId…).
    var identity: String
    /// The record that stands for the contact (the first leg, the master's own row); others add to it.
    var primary: Bool = true
    /// Why a further record of the same contact is skipped.
    var again: SkipReason = .repeated
    /// Whether a further record's duration adds to the contact's (a transfer's second leg does; a
    /// repeated delivery of the same record does not).
    var addsTime: Bool = false
    /// A contact is abandoned when no record of it was handled for any time (SMDR, Connect).
    var abandonedByTime: Bool = false
    /// The caller field held something that is not a number or an address (a SIP name, "Unavailable"):
    /// the contact counts as from a withheld caller.
    var callerUnreadable: Bool = false
}
