import Testing
@testable import BilateralStore

@Suite struct StoreErrorTests {
    @Test func namesThePath() {
        #expect(StoreError(path: "/x/db.sqlite", message: "locked").description == "store: /x/db.sqlite: locked")
    }
}
