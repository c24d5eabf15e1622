import Foundation
import WeekboardCore
import WeekboardTestSupport

// A test-only executable for the fault tests. Each change is one `Store.perform`, exactly the
// transaction the CLI and the dashboard use; doing many in one process lets a test kill it
// mid-save hundreds of times, or race several of them, without spawning a process per change.
//
//   weekboard-fault-helper focus-loop STORE FIRST   sets alex's focus to FocusValue(FIRST), FIRST+1, … until killed
//   weekboard-fault-helper writer STORE TAG N       changes 0..<N of `FaultPlan` for writer TAG

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("weekboard-fault-helper: \(message)\n".utf8))
    exit(2)
}

func context(_ person: String, _ week: ISOWeek) -> ActionContext {
    ActionContext(person: person, week: week, now: Date(), today: FaultPlan.today)
}

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: focus-loop STORE FIRST | writer STORE TAG N") }
let store = Store(root: URL(fileURLWithPath: args[2]))

do {
    switch args[1] {
    case "focus-loop":
        guard args.count == 4, var n = Int(args[3]) else { fail("focus-loop STORE FIRST") }
        while true {
            try store.perform(.setFocus(FocusValue.text(n)), context("alex", FaultPlan.week))
            n += 1
        }
    case "writer":
        guard args.count == 5, let count = Int(args[4]) else { fail("writer STORE TAG N") }
        for i in 0..<count {
            let change = FaultPlan.change(tag: args[3], index: i)
            try store.perform(change.action, context(change.person, change.week))
        }
    default:
        fail("unknown mode \(args[1])")
    }
} catch {
    fail("\(error)")
}
