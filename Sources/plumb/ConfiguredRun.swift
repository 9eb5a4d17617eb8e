import Plumbline

/// What every command that checks records takes from plumb.yaml: the rule packs and parameters, rule
/// settings (severities, disabled rules), which files are read, and the waivers file.
///
/// `check`, `review` and `kpi` all start here, so a project's configuration means the same to each.
struct ConfiguredRun {
    let configuration: ProjectConfiguration
    let catalog: RuleCatalog

    /// Reads plumb.yaml (unless `--no-config`) and loads the rule catalog it and the command line select;
    /// prints every problem and throws `ExitStatus.incomplete` when either cannot be used.
    ///
    /// A rule setting naming no loaded rule stops a run (`strictRuleSettings`, as for check, review and kpi);
    /// `rules list` and `rules show` only warn, since they are where a user looks for the right id.
    init(project: ConfigurationOptions, rules: RuleOptions, strictRuleSettings: Bool = true) throws {
        configuration = try project.load()
        guard let catalog = rules.loadCatalog(configuration: configuration) else { throw ExitStatus.incomplete }
        let known = Set(RuleSummaries.all(packs: catalog.packs).map(\.id))
        let unknownRules = configuration.unknownRules(known: known)
        if !unknownRules.isEmpty {
            guard strictRuleSettings else {
                for issue in unknownRules { Terminal.error(issue.described(as: .warning)) }
                self.catalog = catalog
                return
            }
            Facade.report(.configuration(unknownRules))
            catalog.shutDownPlugins()
            throw ExitStatus.incomplete
        }
        self.catalog = catalog
    }

    /// Check options for `paths` (plumb.yaml's `paths`, or the current folder, when none are given) with the
    /// project's file selection, rule settings and waivers (`waivers` overrides plumb.yaml's file).
    func options(paths: [String], asOf: CalendarDate, jobs: Int = CheckOptions.defaultJobs, referencePaths: [String] = [],
                 waivers: String? = nil) throws -> CheckOptions {
        let defaultPaths = configuration.paths.isEmpty ? ["."] : configuration.paths
        var options = CheckOptions(paths: paths.isEmpty ? defaultPaths : paths, asOf: asOf, jobs: jobs, referencePaths: referencePaths)
        options.fileSelection = configuration.fileSelection
        options.adjustments = configuration.adjustments
        if let file = waivers ?? configuration.waiversFile {
            let root = configuration.folder
            do {
                options.waivers = try Facade.orExit { () throws(PlumblineError) in try WaiverFileReader.load(file, root: root) }
            } catch {
                catalog.shutDownPlugins()  // no external plugin outlives a run that stops here
                throw error
            }
        }
        return options
    }
}
