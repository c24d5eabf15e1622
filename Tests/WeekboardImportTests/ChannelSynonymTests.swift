import Testing
@testable import WeekboardCore

@Suite("Channel names from telephony exports")
struct ChannelSynonymTests {
    @Test(
        "common export spellings map to a channel",
        arguments: [
            ("Telephone", Channel.phone), ("voice", .phone), ("E-mail", .email), ("Web form", .web),
            ("webchat", .web), ("Face to face", .inPerson), ("walk-in", .inPerson), ("Web chat", .web),
            ("Live chat", .web), ("Phone call", .phone), ("Walk in", .inPerson), ("Reception", .inPerson),
        ])
    func synonyms(_ raw: String, _ channel: Channel) {
        #expect(Channel(parsing: raw) == channel)
    }

    @Test("unknown channels are not guessed")
    func unknown() {
        #expect(Channel(parsing: "carrier pigeon") == nil)
    }
}
