import PlumbCore

/// Realistic, valid submission records of every project kind, as YAML text of about 1 KB each.
///
/// Deterministic: record `index` depends only on the seed and the index (and, for the last record, on N),
/// so every corpus is reproducible. Ids are unique (`MS-2026-000123`); enumerations use both the English
/// tokens and the Chinese terms; quantities are sometimes written with units. The records are clean under
/// the shipped rule packs too: inspections name the checklist (record 0), tickets the inspection before
/// them, inspections the ticket after them, manifests earlier method statements; dates keep their order.
struct SyntheticRecords {
    let seed: UInt64
    /// Records in the corpus: references never point past the last one.
    let recordCount: Int

    /// The kinds generated, in rotation after record 0 (the Checklist the inspections run).
    /// Each InspectionRecord is followed by the HazardTicket its failed item raised, so references resolve.
    static let kinds: [RecordKind] = [
        .methodStatement, .inspectionRecord, .hazardTicket, .riskAssessment, .progressReport, .archiveManifest,
    ]

    /// The id of the checklist every inspection runs (record 0).
    static let checklistID = "jgj59-b16-tower-crane"

    /// The kind of record `index`.
    static func kind(ofRecord index: Int) -> RecordKind {
        index == 0 ? .checklist : kinds[(index - 1) % kinds.count]
    }

    /// The YAML text of record `index` (no document marker, ends with a newline).
    func yaml(forRecord index: Int) -> String {
        var rng = SeededGenerator(seed: seed &* 0x100_0000_01B3 &+ UInt64(index))
        var text = ""
        text.reserveCapacity(1400)
        switch Self.kind(ofRecord: index) {
        case .checklist: checklist(into: &text)
        case .methodStatement: methodStatement(index, &rng, into: &text)
        case .hazardTicket: hazardTicket(index, &rng, into: &text)
        case .inspectionRecord: inspectionRecord(index, &rng, into: &text)
        case .riskAssessment: riskAssessment(index, &rng, into: &text)
        case .progressReport: progressReport(index, &rng, into: &text)
        case .archiveManifest: archiveManifest(index, &rng, into: &text)
        default: break  // the benchmark's mix does not generate the quality kinds
        }
        return text
    }

    // MARK: - Kinds

    private func checklist(into text: inout String) {
        text += "apiVersion: plumbline/v1\n"
        text += "kind: Checklist\n"
        text += "metadata: {id: \(Self.checklistID), title: 塔式起重机检查评分表, discipline: lifting}\n"
        text += "spec:\n"
        text += "  standard: JGJ 59-2011 表B.16\n"
        text += "  summaryItem: 塔式起重机与起重吊装\n"
        text += "  items:\n"
        for (number, item) in Vocabulary.checklistItems.enumerated() {
            let guarantee = number < 6
            text += "    - {id: TC-\(number < 9 ? "0" : "")\(number + 1), group: \(guarantee ? "guarantee" : "general"), "
            text += "title: \(item), points: \(guarantee ? 10 : 8)\(guarantee ? ", onFail: {hazardLevel: major, rectifyWithinDays: 1}" : "")}\n"
        }
    }

    private func methodStatement(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let discipline = rng.pick(Vocabulary.planDisciplines)
        let date = Self.date(&rng)
        // One plan in five is beyond the 危大 thresholds (超危大) and carries an expert review.
        let highlyHazardous = rng.chance(0.2)
        header("MethodStatement", id: "MS-2026-\(Self.serial(index))", discipline: discipline.token,
               title: "\(rng.pick(Vocabulary.sites))\(discipline.plan)", date: date, &rng, into: &text)
        text += "spec:\n"
        text += "  category: \(rng.chance(0.7) ? "special-plan" : "专项施工方案")\n"
        text += "  parameters:\n"
        for line in discipline.parameters(&rng, highlyHazardous) { text += "    \(line)\n" }
        text += "    complexConditions: \(rng.chance(0.3))\n"
        // The nine chapters of 建办质〔2018〕31号 (method-statement MS-CH-*); two written out, the rest in brief.
        text += "  sections:\n"
        let writtenOut = Set([rng.int(0...4), rng.int(5...8)])
        for (number, title) in Vocabulary.sectionTitles.enumerated() {
            let content = writtenOut.contains(number) ? Self.sentences(&rng, count: 1) : "详见附件\(number + 1)"
            text += "    - {title: \(title), content: \(content)}\n"
        }
        text += "  attachments:\n"
        text += "    - {type: calculation, title: \(discipline.calculation), file: calc/ms-\(Self.serial(index)).pdf}\n"
        text += "    - {type: \(rng.chance(0.5) ? "drawing" : "图纸"), title: 平面布置图, file: dwg/ms-\(Self.serial(index)).pdf}\n"
        // Deep pits must have third-party monitoring of these items (site-safety SS-EXC-002).
        let thirdParty = discipline.token == "excavation" || rng.chance(0.6)
        text += "  monitoring: {thirdParty: \(thirdParty), items: [围护桩顶水平位移, 围护桩顶竖向位移, 地下水位, "
        text += "\(rng.pick(Vocabulary.monitoringItems))], frequency: 1/d}\n"
        text += "  approvals:\n"
        text += "    - {role: contractor-technical-lead, name: \(rng.pick(Vocabulary.people)), date: \(date.adding(days: 3)), sealed: true}\n"
        text += "    - {role: \(rng.chance(0.5) ? "chief-supervising-engineer" : "总监理工程师"), name: \(rng.pick(Vocabulary.people)), date: \(date.adding(days: 4)), sealed: true}\n"
        if rng.chance(0.5) {
            text += "  optimization: {baselineCost: \(rng.int(200...900) * 10_000), optimizedCost: \(rng.int(150...199) * 10_000)}\n"
        }
        if highlyHazardous {
            // 超危大: the expert review after the approvals (method-statement MS-EXP-*).
            text += "  expertReview:\n    date: \(date.adding(days: 6))\n    conclusion: 通过\n    experts:\n"
            for expert in Vocabulary.experts {
                text += "      - {name: \(expert.name), title: \(expert.title), years: \(expert.years), conflictOfInterest: false}\n"
            }
        }
    }

    private func hazardTicket(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let hazard = rng.pick(Vocabulary.hazards)
        let date = Self.date(&rng)
        let site = rng.pick(Vocabulary.sites)
        header("HazardTicket", id: "HZ-2026-\(Self.serial(index))", discipline: hazard.discipline,
               title: "\(site)\(hazard.title)", date: date, &rng, into: &text)
        let major = rng.chance(0.2)
        let owner = rng.pick(Vocabulary.people)
        // The reviewer is never the person who rectified (dual-prevention DP-HZ-006).
        let reviewer = Vocabulary.people[(Vocabulary.people.firstIndex(of: owner)! + rng.int(1...5)) % Vocabulary.people.count]
        text += "spec:\n"
        text += "  level: \(major ? rng.pick(["major", "重大"]) : rng.pick(["general", "一般"]))\n"
        if major { text += "  majorCriterion: \"\(rng.pick(Vocabulary.majorCriteria))\"\n" }
        text += "  description: \(hazard.title)，\(Self.sentences(&rng, count: 1))\n"
        text += "  location: \(site)\n"
        text += "  source: IR-2026-\(Self.serial(index - 1))\n"
        text += "  rectification:\n"
        text += "    measures: \(hazard.measures)，整改完成后报项目安全部复查\n"
        text += "    owner: \(owner)\n"
        text += "    funds: \(rng.int(5...300) * 100)\n"
        text += "    deadline: \(date.adding(days: rng.int(1...7)))\n"
        text += "    contingency: 整改完成前停止相关作业，班前由专职安全员检查确认\n"
        if major { text += "    plan: HZP-2026-\(Self.serial(index)) 重大事故隐患治理方案\n" }
        text += "  status: \(rng.pick(["closed", "已销号"]))\n"
        text += "  rectifiedAt: \(date.adding(days: 1))\n"
        text += "  rectifiedBy: \(owner)\n"
        text += "  verification:\n"
        text += "    by: \(reviewer)\n"
        text += "    at: \(date.adding(days: 2))\n"
        text += "    result: \(rng.pick(["pass", "合格"]))\n"
        text += "    evidence: [photos/hz-\(Self.serial(index))/fixed-1.jpg, photos/hz-\(Self.serial(index))/fixed-2.jpg]\n"
        text += "  closedAt: \(date.adding(days: 2))\n"
    }

    private func inspectionRecord(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let date = Self.date(&rng)
        let site = rng.pick(Vocabulary.sites)
        let inspector = rng.pick(Vocabulary.people)
        header("InspectionRecord", id: "IR-2026-\(Self.serial(index))", discipline: "lifting",
               title: "\(site)塔式起重机专项检查", date: date, &rng, into: &text)
        text += "spec:\n"
        text += "  checklist: \(Self.checklistID)\n"
        text += "  site: \(site)\n"
        text += "  inspector: \(inspector)\n"
        text += "  items:\n"
        // A general item fails (TC-07…TC-10): guarantee items would make the ticket after it a major hazard
        // with a one-day deadline (inspection IN-HZ-003/005), which independent dates cannot promise.
        let failed = rng.int(7...10)
        for item in 1...10 {
            let id = "TC-\(item < 10 ? "0" : "")\(item)"
            if item == failed {
                text += "    - id: \(id)\n"
                text += "      result: \(rng.pick(["fail", "不合格"]))\n"
                text += "      deduction: \(rng.int(2...6))\n"
                text += "      note: \(rng.pick(Vocabulary.hazards).title)，\(Self.sentences(&rng, count: 1))\n"
                text += "      evidence: [photos/ir-\(Self.serial(index))/\(id).jpg]\n"
                if index + 1 < recordCount { text += "      hazard: HZ-2026-\(Self.serial(index + 1))\n" }
            } else if rng.chance(0.1) {
                text += "    - {id: \(id), result: na, note: 独立高度使用，尚未附着}\n"
            } else {
                text += "    - {id: \(id), result: \(rng.chance(0.8) ? "pass" : "合格"), deduction: 0}\n"
            }
        }
    }

    private func riskAssessment(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let date = Self.date(&rng)
        header("RiskAssessment", id: "RA-2026-\(Self.serial(index))", discipline: "general",
               title: "\(rng.pick(Vocabulary.sites))安全风险辨识与评价", date: date, &rng, into: &text)
        text += "spec:\n"
        text += "  method: LEC\n"
        text += "  risks:\n"
        for number in 1...3 {
            let risk = rng.pick(Vocabulary.risks)
            let (l, e, c) = (rng.pick([1, 3, 6]), rng.pick([2, 3, 6]), rng.pick([7, 15, 40]))
            let score = l * e * c
            let level = score > 320 ? "major" : score >= 160 ? "significant" : score >= 70 ? "一般" : "low"
            // The control level fits the risk level (dual-prevention DP-RA-007).
            let controlLevels = switch level {
            case "major": ["company"]
            case "significant": ["company", "project"]
            case "一般": ["project", "项目部"]
            default: ["team", "post"]
            }
            text += "    - id: R-\(number < 10 ? "0" : "")\(number)\n"
            text += "      hazard: \(risk.hazard)\n"
            text += "      activity: \(risk.activity)\n"
            text += "      L: \(l)\n      E: \(e)\n      C: \(c)\n"
            text += "      level: \(level)\n"
            // Major risks are controlled by the company (site-safety SS-RSK-002).
            text += "      controlLevel: \(rng.pick(controlLevels))\n"
            text += "      measures: [\(risk.measures)]\n"
            text += "      owner: \(rng.pick(Vocabulary.people))\n"
        }
    }

    private func progressReport(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let date = Self.date(&rng)
        header("ProgressReport", id: "PR-2026-\(Self.serial(index))", discipline: nil,
               title: "\(rng.pick(Vocabulary.projects))\(date.month)月施工进度报告", date: date, &rng, into: &text)
        text += "spec:\n"
        text += "  period: \(date.year)-\(date.month < 10 ? "0" : "")\(date.month)\n"
        text += "  tasks:\n"
        for (number, task) in Vocabulary.tasks.shuffled(using: &rng).prefix(6).enumerated() {
            let planned = rng.int(10...100)
            let actual = max(0, planned - rng.int(0...15))
            let finish = date.adding(days: rng.int(30...400))
            text += "    - {id: T-\(number + 1), name: \(task), plannedPercent: \(planned), actualPercent: \(actual), "
            text += "plannedFinish: \(finish), forecastFinish: \(finish.adding(days: rng.int(0...30)))}\n"
        }
        text += "  earnedValue: {pv: \(rng.int(500...2000) * 10_000), ev: \(rng.int(400...2000) * 10_000), ac: \(rng.int(400...2100) * 10_000)}\n"
    }

    private func archiveManifest(_ index: Int, _ rng: inout SeededGenerator, into text: inout String) {
        let date = Self.date(&rng)
        header("ArchiveManifest", id: "AM-2026-\(Self.serial(index))", discipline: nil,
               title: "\(rng.pick(Vocabulary.projects))技术资料归档清单", date: date, &rng, into: &text)
        text += "spec:\n"
        text += "  required: [method-statement, expert-review-report, acceptance-record, concealed-work-record, test-report, change-order]\n"
        text += "  documents:\n"
        for _ in 0..<6 {
            let document = rng.pick(Vocabulary.archiveDocuments)
            let statement = 1 + Self.kinds.count * rng.int(0...((index - 1) / Self.kinds.count))
            text += "    - {type: \(document.type), ref: MS-2026-\(Self.serial(statement)), "
            text += "file: archive/\(document.type)/\(document.title).pdf, date: \(date.adding(days: -rng.int(0...40)))}\n"
        }
    }

    // MARK: - Pieces

    private func header(_ kind: String, id: String, discipline: String?, title: String, date: CalendarDate,
                        _ rng: inout SeededGenerator, into text: inout String) {
        text += "apiVersion: plumbline/v1\n"
        text += "kind: \(kind)\n"
        text += "metadata:\n"
        text += "  id: \(id)\n"
        text += "  project: \(rng.pick(Vocabulary.projects))\n"
        if let discipline { text += "  discipline: \(discipline)\n" }
        text += "  title: \(title)\n"
        text += "  date: \(date)\n"
        text += "  author: \(rng.pick(Vocabulary.people))\n"
    }

    /// A day in 2026 before the run's as-of date (2026-11-27).
    private static func date(_ rng: inout SeededGenerator) -> CalendarDate {
        CalendarDate(year: 2026, month: 1, day: 1)!.adding(days: rng.int(0...320))
    }

    /// Six-digit serial, so ids are unique for up to a million records.
    static func serial(_ index: Int) -> String {
        let digits = String(index)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// `count` sentences of site text joined into one plain scalar.
    private static func sentences(_ rng: inout SeededGenerator, count: Int) -> String {
        (0..<count).map { _ in rng.pick(Vocabulary.sentences) }.joined(separator: "；") + "。"
    }
}
