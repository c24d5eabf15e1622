/// `f` on the contact centre: the callers calling too often, and following them up (`t` to do, `p` in
/// progress, `d` done, `n` not needed), each change an ordinary journalled `Action`.
extension Dashboard {
    static func openFollowUps(_ s: inout DashboardState, _ effects: inout [Effect]) {
        s.followUps = nil
        s.overlay = .followUps(index: 0)
        effects.append(.loadFollowUps)
    }

    static func followUpsLoaded(_ result: Result<FollowUpList, EffectFailure>, _ s: inout DashboardState) {
        switch result {
        case .success(let list):
            s.followUps = list
            if case .followUps(let index)? = s.overlay {
                s.overlay = .followUps(index: max(0, min(index, list.callers.count - 1)))
            }
        case .failure(let failure):
            if case .followUps? = s.overlay { s.overlay = nil }
            s.message = Message("Cannot show the follow-ups: \(failure.reason)", .error)
        }
    }

    static let followUpKeys: [Character: FollowUpState] = ["t": .todo, "p": .inProgress, "d": .done, "n": .notNeeded]

    static func reduceFollowUps(_ s: inout DashboardState, _ key: Key, index: Int, _ effects: inout [Effect]) {
        let count = s.followUps?.callers.count ?? 0
        switch key {
        case .escape, .char("f"), .char("q"):
            s.overlay = nil
            s.followUps = nil
        case .ctrl("c"): effects.append(.quit)
        case .char("j"), .down: s.overlay = .followUps(index: min(max(0, count - 1), index + 1))
        case .char("k"), .up: s.overlay = .followUps(index: max(0, index - 1))
        case .char(let c) where followUpKeys[c] != nil:
            // A viewer sees how many, never who: the list is not drawn, and nothing changes.
            guard !s.settings.readOnly else {
                s.message = .readOnly
                return
            }
            guard let caller = s.followUps?.callers[safe: index], let state = followUpKeys[c] else { return }
            effects.append(
                .perform(
                    .followUp(.set(ref: caller.token, service: caller.service, state: state, owner: nil, note: nil)),
                    week: s.week))
            effects.append(.loadFollowUps)
        default: break
        }
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
