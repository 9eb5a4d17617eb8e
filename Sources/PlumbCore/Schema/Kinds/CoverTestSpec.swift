/// CoverTest (钢筋保护层厚度检测) `spec`: an entity test of reinforcement cover (GB 50204-2015 附录E).
public extension ObjectSchema {
    /// One sampling round: counts, or the deviation of every point, or both.
    static let coverSample = ObjectSchema([
        .init("members", .integer, "Members tested (抽检构件数)"),
        .init("points", .integer, "Points measured (检测点数)"),
        .init("pointsWithin", .integer, "Points within the tolerance (合格点数)"),
        .init("deviations", .list(.quantity(.millimetre)), "Deviation of each point, measured minus design cover (实测偏差), mm"),
        .init("largestDeviation", .quantity(.millimetre), "Deviation of the largest magnitude, signed (最大偏差), mm"),
    ])

    static let coverTestSpec = ObjectSchema(
        [
            .init("memberClass", .enumeration(.coverMemberClass), required: true, "梁类 / 板类"),
            .init("location", .string, "Where (检测部位)"),
            .init("designCover", .quantity(.millimetre), "Design cover (设计保护层厚度), mm"),
        ]
        + coverSample.fields
        + [
            .init("secondSample", .object(coverSample), "Second sample when the first pass rate is 80–90 % (二次抽样)"),
            .init("conclusion", .enumeration(.verificationResult), "Test conclusion (检验结论): 合格 / 不合格"),
            .init("agency", .string, "Testing agency (检测单位)"),
            .init("report", .string, "Test report number (检测报告编号)"),
        ]
    )
}
