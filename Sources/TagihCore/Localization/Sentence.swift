import Foundation

/// A message for people, not yet in any language: its English (the key of
/// the catalogue), the sense it has when one English text has two, and its
/// values — which may be sentences themselves ("promised amount: {0}" with
/// the amount's problem inside).
///
/// The domain core returns these (in `InputProblem`, `ParseError`, the
/// recovery estimate's basis, a write-off's warnings) and the edge says them
/// in the user's language: the app with `state.text.say(_:)`, the command line
/// through `description`, in the language it chose at start-up.
public struct Sentence: Sendable, Equatable, CustomStringConvertible {
    /// One value of a sentence: plain text (a name, a number), or a sentence to say in the same language.
    public indirect enum Value: Sendable, Equatable {
        case text(String)
        case sentence(Sentence)
        /// A number with decimals, written with the language's decimal mark (`21.5`, `21,5`).
        case decimal(Double, places: Int)
    }

    public let english: String
    public let context: String?
    public let values: [Value]

    /// `english` with `{0}`, `{1}` … standing for `values` (a `Sentence` value is said in the same language).
    public init(_ english: String, _ values: any CustomStringConvertible...) {
        self.init(english, context: nil, values)
    }

    /// `english` in the sense `context` names (one English word, two translations).
    public init(context: String, _ english: String) {
        self.init(english, context: context, [])
    }

    init(_ english: String, context: String?, _ values: [any CustomStringConvertible]) {
        self.english = english
        self.context = context
        self.values = values.map { v in
            if let s = v as? Sentence { return .sentence(s) }
            if let d = v as? DecimalNumber { return .decimal(d.value, places: d.places) }
            return .text(v.description)
        }
    }

    /// The sentence in `language`.
    public func text(_ language: String) -> String {
        let filled = values.map { v -> String in
            switch v {
            case let .text(s): return s
            case let .sentence(inner): return inner.text(language)
            case let .decimal(d, places): return DecimalNumber(d, places: places).text(language)
            }
        }
        return Catalog.translate(english, context: context, language: language, filled)
    }

    /// The sentence in the command line's language (set once at start-up).
    public var description: String { text(Catalog.language) }
}

/// A number with a fixed count of decimals, for a sentence to write in its
/// language's way (`66.7` in English, `66,7` in Indonesian).
public struct DecimalNumber: Sendable, Equatable, CustomStringConvertible {
    public let value: Double
    public let places: Int
    public init(_ value: Double, places: Int) {
        self.value = value
        self.places = places
    }

    /// The number with the decimal mark of `language`.
    public func text(_ language: String) -> String {
        let s = String(format: "%.\(places)f", value)
        return language == "id" ? s.replacingOccurrences(of: ".", with: ",") : s
    }

    public var description: String { text(Catalog.language) }
}
