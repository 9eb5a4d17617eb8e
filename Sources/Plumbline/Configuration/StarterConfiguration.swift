/// The commented `plumb.yaml` that `plumb init` writes: every key, most commented out, all valid.
public enum StarterConfiguration {
    /// The file's text.
    public static let text = """
    # plumb.yaml: project configuration for Plumbline (plumb check).
    # Plumbline finds this file in the current folder or the nearest parent (up to the repository
    # root), or reads the one named with --config FILE. Paths are relative to this file's folder.
    # Command-line options win over what is written here. Every key: docs/configuration.md.

    # Files and folders to check when `plumb check` names none.
    # paths: [records]

    # Rule packs added to the shipped ones (files or folders).
    # packs: [rules/company]

    # Pack parameter overrides, pack-id.parameter: value (--set wins).
    # parameters:
    #   record-hygiene.futureToleranceDays: 3 d

    # Severity per rule id: error, warning, info, or off.
    # severity:
    #   RH-REF-004: error

    # Rule ids whose findings are not reported.
    # disable: [record/unknown-field]

    # Which record files found by walking folders are checked (globs relative to this folder).
    # include: ["records/**"]
    # exclude: ["records/drafts/**", "*.tmp.yaml"]

    # Folders of out-of-process plugins.
    # plugins: [plugins/external]

    # Waivers: accepted findings, each with a reason, an approver and an expiry date.
    # waivers: plumb-waivers.yaml

    # Report only findings that are not in this baseline (write it with --write-baseline FILE).
    # baseline: plumb-baseline.json

    # Default outputs (--format wins): text, json, sarif, junit, markdown, github, html;
    # FORMAT:FILE writes a file, e.g. sarif:plumb.sarif.
    formats: [text]

    # Exit 1 when a finding is at or above: error, warning, info, never (--fail-on wins).
    failOn: error

    # The least severe finding shown: error, warning, info (--show wins).
    show: info

    """
}
