import Foundation
import Testing
import WeekboardTestSupport
@testable import WeekboardCore

@Suite struct ThemeFileTests {
    let temp = TempStore("theme")
    func decode(_ json: String, file: String = "/tmp/mine.json") throws -> Theme {
        try ThemeFile.decode(Data(json.utf8), file: file)
    }

    /// The message a user would see for a bad theme file.
    func error(_ json: String) -> String {
        do {
            _ = try decode(json)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func readsRolesColoursAndAttributes() throws {
        let t = try decode(
            ##"{"name": "mine", "roles": {"text": {"fg": "white", "bg": 17}, "##
                + ##""status-red": {"fg": "#d4351c", "bold": true, "underline": true}}}"##
        )
        #expect(t.name == "mine")
        #expect(t.style(for: .text) == ThemeStyle(fg: .indexed(7), bg: .indexed(17)))
        #expect(
            t.style(for: .statusRed)
                == ThemeStyle(fg: .rgb(red: 0xd4, green: 0x35, blue: 0x1c), bold: true, underline: true))
    }

    @Test func missingRolesLookLikeText() throws {
        let t = try decode(##"{"name": "x", "roles": {"text": {"fg": "green", "dim": true}}}"##)
        #expect(t.style(for: .trendUp) == ThemeStyle(fg: .indexed(2), dim: true))
        let empty = try decode(##"{"name": "x", "roles": {}}"##)
        #expect(empty.style(for: .error) == .plain)
    }

    @Test func unknownRoleIsNamed() {
        let e = error(##"{"name": "x", "roles": {"stauts-red": {"fg": "red"}}}"##)
        #expect(e.hasPrefix("/tmp/mine.json: field roles.stauts-red: unknown role 'stauts-red'"))
        #expect(e.contains("status-red"))  // the list of valid roles helps fix the typo
    }

    @Test func unknownStyleKeyIsNamed() {
        let e = error(##"{"name": "x", "roles": {"text": {"colour": "red"}}}"##)
        #expect(e.hasPrefix("/tmp/mine.json: field roles.text.colour: unknown key 'colour' (allowed: fg, bg"))
    }

    @Test func unknownTopLevelKeyIsNamed() {
        #expect(
            error(##"{"name": "x", "roles": {}, "colors": {}}"##).hasPrefix(
                "/tmp/mine.json: field colors: unknown key 'colors'"))
    }

    @Test func badColoursAreNamedWithTheSyntax() {
        #expect(
            error(##"{"name": "x", "roles": {"status-red": {"fg": "#zz0000"}}}"##)
                == """
                /tmp/mine.json: field roles.status-red.fg: '#zz0000' is not a colour: expected \
                \(ThemeColor.syntaxHelp)
                """
        )
        #expect(
            error(##"{"name": "x", "roles": {"text": {"bg": 300}}}"##)
                .hasPrefix("/tmp/mine.json: field roles.text.bg: 300 is not a colour"))
        #expect(
            error(##"{"name": "x", "roles": {"text": {"bg": [1, 2]}}}"##)
                .hasPrefix("/tmp/mine.json: field roles.text.bg: expected a colour name"))
    }

    @Test func badAttributeIsNamed() {
        #expect(
            error(##"{"name": "x", "roles": {"title": {"bold": "yes"}}}"##)
                == "/tmp/mine.json: field roles.title.bold: expected true or false")
    }

    @Test func missingNameOrRoles() {
        #expect(error(##"{"roles": {}}"##) == "/tmp/mine.json: missing field 'name'")
        #expect(error(##"{"name": "x"}"##) == "/tmp/mine.json: missing field 'roles'")
        #expect(error(##"{"name": " ", "roles": {}}"##) == "/tmp/mine.json: field name: a theme needs a name")
    }

    @Test func brokenJSONGivesALine() {
        let e = error("{\n  \"name\": \"x\",\n  \"roles\": {\"text\": {\"fg\": \"red\",}}\n}")
        #expect(e.hasPrefix("/tmp/mine.json: line 3"))
    }

    @Test func resolveByNameOrPath() throws {
        #expect(try Theme.resolve(nameOrPath: "light").name == "light")
        #expect(try Theme.resolve(nameOrPath: "Monochrome").name == "monochrome")
        #expect(throws: ThemeError.unknown(name: "neon", available: Theme.builtinNames)) {
            try Theme.resolve(nameOrPath: "neon")
        }
        let dir = try temp.directory("theme")
        let file = dir.appendingPathComponent("neon.json")
        try Data(##"{"name": "neon", "roles": {"title": {"fg": "bright-magenta"}}}"##.utf8).write(to: file)
        let t = try Theme.resolve(nameOrPath: file.path)
        #expect(t.name == "neon")
        #expect(t.style(for: .title).fg == .indexed(13))
        let missing = dir.appendingPathComponent("gone.json").path
        #expect(throws: ThemeError.self) { try Theme.resolve(nameOrPath: missing) }
        do { _ = try Theme.resolve(nameOrPath: missing) } catch {
            #expect("\(error)".hasPrefix("cannot read theme file \(missing)"))
        }
    }
}
