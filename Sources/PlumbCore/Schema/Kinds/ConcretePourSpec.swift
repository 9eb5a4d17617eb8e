/// ConcretePour (混凝土浇筑记录) `spec`: one pour with its strength specimens, curing and formwork stripping.
public extension ObjectSchema {
    static let concretePourSpec = ObjectSchema([
        .init("location", .string, "What was poured (浇筑部位)"),
        .init("floor", .string, "Floor or level (楼层), e.g. B1"),
        .init("floors", .integer, "Floors the pour covers (楼层数); one specimen sampling per floor at least"),
        .init("strengthClass", .string, required: true, "Strength class (强度等级), e.g. C35"),
        .init("impermeabilityGrade", .string, "Impermeability grade (抗渗等级), e.g. P8; present for impermeable concrete"),
        .init("cementType", .enumeration(.cementType), "Cement (水泥品种)"),
        .init("admixtures", .list(.enumeration(.admixtureType)), "Admixtures (外加剂)"),
        .init("largeMineralAdmixture", .boolean, "Large proportion of mineral admixture (大掺量矿物掺合料)"),
        .init("postCastStrip", .boolean, "A post-cast strip (后浇带)"),
        .init("volume", .number, "Volume poured (浇筑方量), m³"),
        .init("batches", .integer, "Mixer batches (拌制盘数)"),
        .init("shifts", .integer, "Working shifts (工作班数)"),
        .init("continuous", .boolean, "Poured in one continuous operation (一次连续浇筑)"),
        .init("specimenGroups", .integer, "Standard-cured strength specimen groups taken (标准养护试件组数)"),
        .init("sameConditionGroups", .integer, "Same-condition-cured specimen groups taken (同条件养护试件组数)"),
        .init("curingDays", .quantity(.day), "Moist curing time (养护时间), d"),
        .init("curingMethod", .string, "Curing method (养护方式), e.g. 覆盖洒水"),
        .init("stripping", .list(.object(ObjectSchema([
            .init("member", .string, "Member (构件), e.g. 站厅层中板"),
            .init("memberType", .enumeration(.strippingMember), required: true, "板 / 梁 / 拱 / 壳 / 悬臂构件"),
            .init("span", .quantity(.metre), "Member span (构件跨度), m"),
            .init("strengthPercent", .quantity(.percent), "Same-condition specimen strength as % of the design strength (达到设计强度的百分率)"),
            .init("date", .date, "Date the bottom formwork was stripped (拆模日期)"),
            .init("report", .string, "Specimen test report (同条件试件强度报告编号)"),
        ]))), "Bottom formwork and support stripping (底模及支架拆除)"),
    ])
}
