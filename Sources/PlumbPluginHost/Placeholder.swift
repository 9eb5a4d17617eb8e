enum PluginHostPlaceholder {}
