import TagihCore
import TerminalCore

/// One `action = "key"` line from `[keys.CONTEXT]` in config.toml.
public struct KeyOverrideSpec: Sendable, Equatable {
    public let context: String
    public let action: String
    public let keys: [String]
    public let line: Int

    public init(context: String, action: String, keys: [String], line: Int) {
        self.context = context
        self.action = action
        self.keys = keys
        self.line = line
    }
}

extension Command {
    /// Short names accepted in config files besides the command's own name.
    static let aliases: [String: Command] = [
        "call": .logContact, "log": .logContact, "promise": .logPromise, "payment": .recordPayment, "pay": .recordPayment,
        "reminder": .sendReminder, "remind": .sendReminder, "plan": .agreePlan, "offer": .makeOffer, "reason": .recordReason,
        "filter": .startFilter, "sort": .cycleSort, "down": .moveDown, "up": .moveUp, "detail": .openDetail,
        "group": .toggleGrouping, "mark": .toggleMark, "disputes": .toggleDisputes, "mine": .toggleMine, "my-queue": .toggleMine, "list": .showList, "today": .showToday,
        "dashboard": .showDashboard, "writeoff": .writeOff, "write-off": .writeOff, "owner-note": .ownerNote, "assign": .assignOwner,
        "add": .addRecord, "add-client": .addRecord, "invoice": .addInvoice, "edit": .editRecord, "undo-change": .undoChange, "view": .toggleGrouping,
    ]

    /// `logContact`, `log-contact` or an alias such as `call`.
    static func named(_ name: String) -> Command? {
        if let c = Command(rawValue: name) ?? aliases[name.lowercased()] { return c }
        let camel = name.split(separator: "-").enumerated().map { $0.offset == 0 ? String($0.element) : $0.element.capitalized }.joined()
        return Command(rawValue: camel)
    }

    /// The name shown in docs and errors: `log-contact`.
    public var configName: String {
        rawValue.reduce(into: "") { out, ch in
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
    }
}

extension Keymap {
    /// The default keymap with the user's overrides; a mistake (unknown context,
    /// action or key, or a key bound twice) is an error naming the file and line.
    public static func applying(_ overrides: [KeyOverrideSpec], file: String) throws(ConfigError) -> Keymap {
        var bindings = defaultBindings
        for o in overrides {
            guard let context = KeyContext(rawValue: o.context) else {
                throw ConfigError(file: file, line: o.line, message: tr("unknown key context [keys.{0}] (contexts: {1})", o.context, KeyContext.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            guard let command = Command.named(o.action) else {
                throw ConfigError(file: file, line: o.line, message: tr("unknown action {0} in [keys.{1}]", o.action, o.context))
            }
            guard let i = bindings.firstIndex(where: { $0.context == context && $0.command == command }) else {
                let here = bindings.filter { $0.context == context }.map(\.command.configName)
                throw ConfigError(file: file, line: o.line, message: tr("{0} is not an action of [keys.{1}] (its actions: {2})", o.action, o.context, here.joined(separator: ", ")))
            }
            var keys: [Key] = []
            for name in o.keys {
                guard let k = Key(name: name) else {
                    throw ConfigError(file: file, line: o.line, message: tr("{0}: unknown key \"{1}\" (e.g. \"C\", \"Ctrl-E\", \"F5\", \"PgDn\")", o.action, name))
                }
                keys.append(k)
            }
            guard !keys.isEmpty else { throw ConfigError(file: file, line: o.line, message: tr("{0}: no key given", o.action)) }
            let b = bindings[i]
            bindings[i] = KeyBinding(b.context, keys, b.command, b.summary)
        }
        do { return try Keymap(bindings) } catch {
            let line = overrides.last?.line ?? 1
            throw ConfigError(file: file, line: line, message: error.description)
        }
    }
}
