/// A change to the contact centre's weekly figures (`contacts/`), which caller data (`callers/`)
/// follows.
package enum ContactsAction: Equatable, Sendable {
    case recordCalls(service: String, count: Int, channel: Channel?)
    /// A service renamed in every week it has figures (into an existing one: the two are added together).
    case renameService(name: String, to: String)
    /// One week's figure for a service (and its caller data) taken out.
    case removeServiceWeek(name: String)
}
