import ArgumentParser
import WeekboardCore

struct GoalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "goal",
        abstract: "The week's three goals: set them, tick them off, clear or move them, carry the unfinished ones.",
        subcommands: [
            Set.self, Edit.self, Done.self, Nearly.self, Open.self, Drop.self, Clear.self, Move.self, Carry.self,
        ]
    )

    struct Set: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "set",
            abstract: "Set goal N: a new goal starts open, also in a slot that held a finished one.",
            discussion: "To correct a goal's words and keep it done (or nearly, or dropped), use 'goal edit'.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int
        @Argument(help: "What the goal is.") var text: String

        func run() throws {
            try global.perform(.week(.setGoal(slot: slot, text: text)), week: weekOption)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct goal N's words: the same goal, so it stays done, nearly, dropped or open.",
            discussion: "For a different goal, which starts open, use 'goal set'.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int
        @Argument(help: "The goal's corrected words.") var text: String

        func run() throws {
            try global.perform(.week(.editGoal(slot: slot, text: text)), week: weekOption)
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

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Empty goal N's slot.")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "Which goal: 1, 2 or 3.") var slot: Int

        func run() throws {
            try global.perform(.week(.clearGoal(slot: slot)), week: weekOption)
        }
    }

    struct Move: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "move", abstract: "Move goal N to slot M (the goal there, if any, takes slot N).")
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Argument(help: "The goal to move: 1, 2 or 3.") var from: Int
        @Argument(help: "The slot to move it to: 1, 2 or 3.") var to: Int

        func run() throws {
            try global.perform(.week(.moveGoal(from: from, to: to)), week: weekOption)
        }
    }

    struct Carry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "carry",
            abstract: "Copy unfinished goals into this week's empty slots.",
            discussion: """
                From the most recent earlier week that has goals (up to four weeks back); the message says \
                which week. With --from-notes, last week's "next week" notes become this week's goals instead.
                """)
        @OptionGroup var global: GlobalOptions
        @OptionGroup var weekOption: WeekOption
        @Flag(help: "Seed the empty slots from last week's \"next week\" notes.") var fromNotes = false

        func run() throws {
            try global.perform(fromNotes ? .carry(.nextWeekNotes) : .carry(.unfinishedGoals), week: weekOption)
        }
    }
}
