import ArgumentParser
import WeekboardCore

/// The arguments shared by `goal done|nearly|open|drop`.
struct GoalStateArguments: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var weekOption: WeekOption
    @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int

    func apply(_ state: GoalState) throws {
        try global.perform(.week(.setGoalState(slot: slot, state)), week: weekOption)
    }
}
