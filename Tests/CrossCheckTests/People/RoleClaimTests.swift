import Testing
@testable import CrossCheck

/// Role claims read by the real recognizers: the job's head noun and whose job it is.
@Suite struct RoleClaimTests {
    func roleClaims(_ text: String) -> [Claim] {
        newsClaims(text, published: "2024-06-03").filter { $0.dimension == .role }
    }

    /// The owner of a job ("the sheriff's deputy", "Ottawa's negotiator") says whose it is; the
    /// job is the noun after it.
    @Test(arguments: [
        ("Sheriff's deputy Dana Pruett said the road was closed.", "deputy"),
        ("Harlow County Sheriff Dana Pruett said the road was closed.", "sheriff"),
        ("Ottawa's chief negotiator Lena Marsh said talks would resume.", "negotiator"),
    ])
    func theJobIsTheHeadAfterItsOwner(_ text: String, _ head: String) throws {
        let c = try #require(roleClaims(text).first, "no role claim in: \(text)")
        #expect(c.role?.head == head)
    }
}
