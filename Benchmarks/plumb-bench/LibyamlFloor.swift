import CYAML
import Foundation

/// The floor: libyaml's own event parse of the same bytes, doing nothing else with the events.
enum LibyamlFloor {
    /// Parses every buffer with yaml_parser_parse + yaml_event_delete; returns the number of events.
    static func parse(_ buffers: [Data]) throws -> Int {
        var events = 0
        for buffer in buffers {
            events += try buffer.withUnsafeBytes { raw throws -> Int in
                var parser = yaml_parser_t()
                guard yaml_parser_initialize(&parser) == 1 else { throw BenchError("yaml_parser_initialize failed") }
                defer { yaml_parser_delete(&parser) }
                yaml_parser_set_input_string(&parser, raw.bindMemory(to: UInt8.self).baseAddress, raw.count)
                var event = yaml_event_t()
                var count = 0
                while true {
                    guard yaml_parser_parse(&parser, &event) == 1 else {
                        throw BenchError("libyaml could not parse a synthetic file: \(parser.problem.map { String(cString: $0) } ?? "?")")
                    }
                    let done = event.type == YAML_STREAM_END_EVENT
                    yaml_event_delete(&event)
                    count += 1
                    if done { break }
                }
                return count
            }
        }
        return events
    }
}
