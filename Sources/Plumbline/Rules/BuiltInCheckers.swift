/// The in-process discipline checkers shipped with Plumbline: an explicit list (STYLE.md §4).
/// Discipline plugins under plugins/ are added here, one line each.
public enum BuiltInCheckers {
    public static var all: [any Checker] { [] }

    /// The registry packs are compiled against.
    public static var registry: CheckerRegistry { CheckerRegistry(all) }
}
