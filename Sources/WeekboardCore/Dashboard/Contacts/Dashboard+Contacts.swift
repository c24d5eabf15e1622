/// `a` in the contact centre: a week's count for a service, asked as the service (the selected one
/// offered), its channel when the service's figure this week is recorded by channel, and then the
/// count, recorded as `weekboard calls record` does.
extension Dashboard {
    static func addCount(_ s: inout DashboardState) {
        s.editing = EditSession(target: .callsService, text: s.service?.service ?? "", maxLength: 80)
    }

    static func commitCalls(_ target: EditTarget, _ text: String, _ s: inout DashboardState, _ effects: inout [Effect])
    {
        let t = text.trimmed(.whitespaces)
        switch target {
        case .callsService:
            guard !t.isEmpty else { s.message = Message("service cannot be empty", .error); return }
            let row = s.services.first { $0.service.lowercased() == t.lowercased() }
            // A figure by channel is changed a channel at a time (or all at once, for a whole-service total).
            if row?.channels != nil {
                s.editing = EditSession(target: .callsChannel(service: t), text: "", maxLength: 20)
                return
            }
            s.editing = EditSession(
                target: .callsCount(service: t), text: row?.count.map(String.init) ?? "", maxLength: 14)
        case .callsChannel(let service):
            var channel: Channel?
            if !t.isEmpty {
                guard let parsed = Channel(parsing: t) else {
                    s.message = Message(
                        "'\(t)' is not a channel: phone, email, web or in-person (empty: all)", .error)
                    return
                }
                channel = parsed
            }
            let row = s.services.first { $0.service.lowercased() == service.lowercased() }
            let current = channel.map { row?.channels?[$0] } ?? row?.count
            s.editing = EditSession(
                target: .callsCount(service: service, channel: channel, steps: 3),
                text: current.map(String.init) ?? "", maxLength: 14)
        case .callsCount(let service, let channel, _):
            guard let n = Int(t.replacing(",", with: "")), n >= 0 else {
                s.message = Message("'\(t)' is not a number of contacts like 1500 or 1,500", .error)
                return
            }
            let before = s.editing
            s.editing = nil
            s.selectedService = service
            effects.append(
                .perform(
                    .contacts(.recordCalls(service: service, count: n, channel: channel)), week: s.week,
                    restoring: before))
        default: break
        }
    }
}
