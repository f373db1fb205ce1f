import BilateralFeeds
import Foundation
import Testing

/// Reads every fixture and checks the keys its JSON names (see `FixtureExpectations`).
@Suite("feed fixtures")
struct FixtureTests {
    @Test("fixture matches its JSON", arguments: FixtureCase.all())
    func fixture(_ fixture: FixtureCase) throws {
        let expect = try fixture.expectations()
        let parsed: ParsedFeed
        do {
            parsed = try FeedReader().read(fileAt: fixture.xml.path)
        } catch let error as FeedError {
            // Hostile documents may be refused whole; they must still leak nothing.
            #expect(expect["never_contains"] != nil, "\(fixture.testDescription) threw \(error)")
            if let secret = expect["never_contains"] as? String { #expect(!error.description.contains(secret)) }
            return
        }
        FixtureExpectations(fixture: fixture.testDescription, expect: expect).check(parsed)
    }

    @Test("there are fixtures for every family")
    func families() {
        let families = Set(FixtureCase.all().map(\.family))
        #expect(families.isSuperset(of: ["rss", "atom", "cdf", "encoding", "entities", "broken", "hostile", "gzip"]))
    }
}
