import Foundation
import Testing
@testable import WeekboardCore

/// The journal's values read from the validator's tape are the values `JSONDecoder` read.
@Suite("JSON values from the tape equal JSONDecoder's")
struct JSONValueTapeTests {
    @Test(
        "numbers, strings with escapes, nesting, empty containers, a caller week",
        arguments: [
            #"{"a":1,"b":-3,"c":1.0,"d":0.7,"e":1e3,"f":1.5e2,"g":12345678901234567890,"h":-0.0,"i":2.5e-7}"#,
            #"{"s":"caf\u00e9 \"q\" \\ \n\t","t":"naïve","u":"","v":null,"w":true,"x":false}"#,
            #"[[],{},[1,[2,{"k":[3]}]],{"n":{"m":{}}}]"#,
            #"{ "keyID" : "1c04", "schemaVersion" : 1, "services" : { "Repairs" : {"#
                + #" "callers" : { "a3f0" : 7 }, "contacts" : [ "0b1e", "7c2d" ],"#
                + #" "measures" : [ "0b1e:312", "7c2d:abandoned" ], "withheld" : 2 } }, "week" : "2026-W48" }"#,
            "  \"top level string\"  ", "42", "null",
        ])
    func sameAsDecoder(_ text: String) throws {
        let data = Data(text.utf8)
        let decoded = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(try JSONValue.parseTape(data) == decoded)
    }
}
