import Concrete
import Electrical
import Excavation
import Formwork
import General
import Lifting
import Scaffolding

/// The in-process discipline plugins shipped with Plumbline: an explicit list (STYLE.md §4).
/// A new discipline target under plugins/ is added here, one line each.
public enum BuiltInCheckers {
    /// Every built-in plugin, in the order `plumb plugins list` shows them.
    public static let plugins: [CheckerPlugin] = [
        ExcavationCheckers.plugin,
        FormworkCheckers.plugin,
        LiftingCheckers.plugin,
        ScaffoldingCheckers.plugin,
        ElectricalCheckers.plugin,
        ConcreteCheckers.plugin,
        GeneralCheckers.plugin,
    ]

    /// Every built-in checker.
    public static var all: [any Checker] { plugins.flatMap(\.checkers) }

    /// The registry packs are compiled against when no external plugin is configured.
    public static var registry: CheckerRegistry { CheckerRegistry(plugins: plugins) }
}
