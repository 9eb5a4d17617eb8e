// The facade re-exports the model and the reporters so `plumb` and tests import one module.
@_exported public import PlumbCore
@_exported public import PlumbReport
@_exported public import PlumbKPI
