import Foundation
import WeekboardCore
import WeekboardImport
import WeekboardTestSupport

// A test-only executable for the fault tests. Each change is one `Store.perform`, exactly the
// transaction the CLI and the dashboard use; doing many in one process lets a test kill it
// mid-save hundreds of times, or race several of them, without spawning a process per change.
//
//   weekboard-fault-helper focus-loop STORE FIRST   sets alex's focus to FocusValue(FIRST), FIRST+1, … until killed
//   weekboard-fault-helper writer STORE TAG N       changes 0..<N of `FaultPlan` for writer TAG
//   weekboard-fault-helper import STORE CSV [STEP]  imports CSV in one change; with STEP (staged, recorded,
//                                                   moved-N, journalled, finished) it SIGKILLs itself there

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("weekboard-fault-helper: \(message)\n".utf8))
    exit(2)
}

func context(_ person: String, _ week: ISOWeek) -> ActionContext {
    ActionContext(person: person, week: week, now: Date(), today: FaultPlan.today)
}

let args = CommandLine.arguments
guard args.count >= 3 else { fail("usage: focus-loop STORE FIRST | writer STORE TAG N") }
var store = Store(root: URL(fileURLWithPath: args[2]))

/// The commit step named on the command line (`moved-2` is `.moved(2)`).
func step(_ name: String) -> CommitStep? {
    switch name {
    case "staged": return .staged
    case "recorded": return .recorded
    case "journalled": return .journalled
    case "finished": return .finished
    default: return name.hasPrefix("moved-") ? Int(name.dropFirst(6)).map(CommitStep.moved) : nil
    }
}

do {
    switch args[1] {
    case "focus-loop":
        guard args.count == 4, var n = Int(args[3]) else { fail("focus-loop STORE FIRST") }
        while true {
            try store.perform(.week(.setFocus(FocusValue.text(n))), context("alex", FaultPlan.week))
            n += 1
        }
    case "writer":
        guard args.count == 5, let count = Int(args[4]) else { fail("writer STORE TAG N") }
        for i in 0..<count {
            let change = FaultPlan.change(tag: args[3], index: i)
            try store.perform(change.action, context(change.person, change.week))
        }
    case "import":
        guard args.count >= 4 else { fail("import STORE CSV [STEP]") }
        if args.count == 5 {
            guard let at = step(args[4]) else { fail("unknown step \(args[4])") }
            store.commitObserver = { if $0 == at { kill(getpid(), SIGKILL) } }
        }
        _ = try CallsImport.run(
            file: URL(fileURLWithPath: args[3]), store: store, options: ImportOptions(),
            source: ChangeSource(person: "alex", origin: "import"))
    default:
        fail("unknown mode \(args[1])")
    }
} catch {
    fail("\(error)")
}
