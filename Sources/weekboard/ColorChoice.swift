import ArgumentParser
#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif
import WeekboardCore

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
