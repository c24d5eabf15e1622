/// `a` in the contact centre: a week's count for a service, asked as the service (the selected one
/// offered) and then the count, recorded as `weekboard calls record` does.
extension Dashboard {
    static func addCount(_ s: inout DashboardState) {
        s.editing = EditSession(target: .callsService, text: s.service?.service ?? "", maxLength: 80)
    }

    static func commitCalls(_ target: EditTarget, _ text: String, _ s: inout DashboardState, _ effects: inout [Effect])
    {
        let t = text.trimmingCharacters(in: .whitespaces)
        switch target {
        case .callsService:
            guard !t.isEmpty else { s.message = Message("service cannot be empty: Esc cancels", .error); return }
            let current = s.services.first { $0.service.lowercased() == t.lowercased() }?.count
            s.editing = EditSession(
                target: .callsCount(service: t), text: current.map(String.init) ?? "", maxLength: 14)
        case .callsCount(let service):
            guard let n = Int(t.replacingOccurrences(of: ",", with: "")), n >= 0 else {
                s.message = Message("'\(t)' is not a number of contacts like 1500 or 1,500: Esc cancels", .error)
                return
            }
            let before = s.editing
            s.editing = nil
            s.selectedService = service
            effects.append(
                .perform(.recordCalls(service: service, count: n, channel: nil), week: s.week, restoring: before))
        default: break
        }
    }
}
