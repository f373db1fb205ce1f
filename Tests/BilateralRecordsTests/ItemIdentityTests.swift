import BilateralFeeds
import Foundation
import Testing
@testable import BilateralRecords

/// Item ids are stored and published: they must never change for the same
/// item. The expected ids are SHA-256 prefixes computed with Python's
/// hashlib over the keys written out here.
@Suite struct ItemIdentityTests {
    @Test func guidTrimmedFirst() {
        let item = FeedItem(title: "T", link: "https://example.org/x", guid: " \n\u{A0}urn:uuid:42\u{200B}\t")
        #expect(ItemIdentity.key(for: item) == "guid:urn:uuid:42")
        #expect(ItemIdentity.id(for: item) == "dd3a05db7728751b07654832a171f4f7")
    }

    @Test func linkWithSchemeAndHostLowerCasedAndNoFragment() {
        let item = FeedItem(title: "T", link: "  HTTPS://Example.ORG/World/Story?id=7#comments ", guid: "  ")
        #expect(ItemIdentity.key(for: item) == "link:https://example.org/World/Story?id=7")
        #expect(ItemIdentity.id(for: item) == "7aafb9def39e9f34be93502d1669cc4f")
    }

    @Test func titleAndDateWithoutGuidOrLink() {
        let item = FeedItem(title: "\u{3000}Talks resume\n", published: Date(timeIntervalSince1970: 1_700_000_000.9))
        #expect(ItemIdentity.key(for: item) == "text:Talks resume|1700000000")
        #expect(ItemIdentity.id(for: item) == "848c550414f7657d169405a404d468f9")
    }

    @Test func textWithoutTitleOrDate() {
        let item = FeedItem(text: "Body only text")
        #expect(ItemIdentity.id(for: item) == "7ccc4fb88ac605809867c7265032f928")
    }

    @Test func zeroWidthSpaceInsideIsKept() {
        // Only the edges are trimmed (as Foundation trimmed them when ids were first made).
        let item = FeedItem(guid: "\u{200B}abc\u{200B}")
        #expect(ItemIdentity.key(for: item) == "guid:abc")
        let inner = FeedItem(guid: "x\u{200B}abc")
        #expect(ItemIdentity.key(for: inner) == "guid:x\u{200B}abc")
    }

    /// The id hashes the key in two parts and writes 32 digits: the same as the prefix of the
    /// full digest of the key, for guids, links and text keys of every length around a block.
    @Test func idIsThePrefixOfTheKeysDigest() {
        var items: [FeedItem] = []
        for n in 0..<140 {
            let body = String(repeating: "é", count: n / 3) + String(repeating: "x", count: n)
            items.append(FeedItem(guid: "g" + body))
            items.append(FeedItem(link: "HTTP://Host.Example/" + body + "#f"))
            items.append(FeedItem(title: body.isEmpty ? nil : body, text: "t" + body))
        }
        for item in items {
            #expect(ItemIdentity.id(for: item) == String(SHA256.hex(ItemIdentity.key(for: item)).prefix(32)))
        }
    }
}
