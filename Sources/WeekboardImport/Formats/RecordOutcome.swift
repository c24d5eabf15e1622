/// What one record of an export says: a contact (or part of one), a record skipped for a reason,
/// or a row rejected as bad (its reason never quotes the row: any field might hold a caller).
enum RecordOutcome {
    case contact(ContactPart)
    case skip(SkipReason)
    case reject(String)
}
