import ArgumentParser
import WeekboardCore

struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "The week's three goals: set them, tick them off, carry the unfinished ones.",
        subcommands: [Set.self, Done.self, Nearly.self, Open.self, Drop.self, Carry.self]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set", abstract: "Set goal N's text (keeps its state).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int
        @Argument(help: "What the goal is.") var text: String

        func run() throws {
            try global.perform(.setGoal(slot: slot, text: text), week: weekOption)
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "done", abstract: "Mark goal N done.")
        @OptionGroup var state: GoalStateArguments
        func run() throws { try state.apply(.done) }
    }

    struct Nearly: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "nearly", abstract: "Mark goal N nearly done.")
        @OptionGroup var state: GoalStateArguments
        func run() throws { try state.apply(.nearly) }
    }

    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "open", abstract: "Mark goal N open again.")
        @OptionGroup var state: GoalStateArguments
        func run() throws { try state.apply(.open) }
    }

    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "drop", abstract: "Mark goal N dropped.")
        @OptionGroup var state: GoalStateArguments
        func run() throws { try state.apply(.dropped) }
    }

    struct Carry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "carry", abstract: "Copy last week's unfinished goals into this week's empty slots.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption

        func run() throws {
            try global.perform(.carryGoals, week: weekOption)
        }
    }
}

/// The arguments shared by `goal done|nearly|open|drop`.
struct GoalStateArguments: ParsableArguments {
    @OptionGroup var global: GlobalOptions
    @OptionGroup var weekOption: WeekOption
    @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int

    func apply(_ state: GoalState) throws {
        try global.perform(.setGoalState(slot: slot, state), week: weekOption)
    }
}
