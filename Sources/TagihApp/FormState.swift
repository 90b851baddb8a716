import TagihCore
import Widgets

/// A small form for one workflow action (snooze, reason, plan, offer,
/// reminder, escalation, owner note, write-off): fields, focus, a problem.
public struct FormState: Sendable, Equatable {
    /// What the form records when saved.
    public enum Purpose: Sendable, Equatable {
        case snooze(ClientID)
        case reason(ClientID)
        case plan(ClientID)
        case offer(ClientID)
        case answerOffer(ClientID, offerID: String)
        case reminder(ClientID, guardOverride: String?)
        case escalate(ClientID)
        case ownerNote(ClientID)
        case assignOwner(ClientID)
        case writeOff(ClientID)
    }

    public enum Kind: Sendable, Equatable {
        case text(TextEditor)
        case choice([String], Int)
    }

    public struct Field: Sendable, Equatable {
        public var label: String
        public var hint: String
        public var kind: Kind

        static func text(_ label: String, _ value: String = "", hint: String = "") -> Field {
            Field(label: label, hint: hint, kind: .text(TextEditor(text: value)))
        }

        static func choice(_ label: String, _ options: [String], _ selected: Int = 0, hint: String = "") -> Field {
            Field(label: label, hint: hint, kind: .choice(options, selected))
        }

        /// The typed text, or the chosen option.
        public var value: String {
            switch kind {
            case let .text(t): return t.text
            case let .choice(o, i): return o.indices.contains(i) ? o[i] : ""
            }
        }

        public var choiceIndex: Int {
            if case let .choice(_, i) = kind { return i }
            return 0
        }
    }

    public var title: String
    /// Context lines shown above the fields (balances, warnings, the estimate).
    public var info: [String]
    public var fields: [Field]
    public var focus = 0
    public var problem: String?
    public var purpose: Purpose
    /// Warnings the user must confirm by saving a second time (a write-off).
    public var warnings: [String] = []
    public var confirmed = false

    public var focusedIsChoice: Bool {
        if case .choice = fields[focus].kind { return true }
        return false
    }

    func value(_ label: String) -> String { fields.first { $0.label == label }?.value ?? "" }
    func index(_ label: String) -> Int { fields.first { $0.label == label }?.choiceIndex ?? 0 }
}
