import ArgumentParser
import Foundation
import TagihCore
import TagihStore

/// What a command works out first: the book (opened to change it, or only
/// to read it), today, who, the policy from config (a mistake in it is an
/// error), and how amounts are written in the user's language.
struct CommandContext {
    let store: BookStore
    let today: CivilDate
    let user: String
    let policy: Policy
    /// Amounts as printed (`IDR 266.250.000` in Indonesian, `IDR 266,250,000` in English).
    let money: MoneyFormat
    /// The currency of amounts typed without one (`currency =` in config, else IDR).
    let currency: Currency

    /// `create` makes the data directory (and its parents, 0700) when there is none yet: a first change.
    init(_ options: BookOptions, writing: Bool = true, create: Bool = false) throws {
        let env = options.environment
        today = try Clock.today(forced: options.today, environment: env)
        let config = try loadConfig(env)
        currency = config.currency ?? .idr
        store = writing ? try openForWriting(options, create: create) : try openForReading(options)
        user = Users.current(config: config, environment: env)
        policy = config.policy
        money = Language.commandMoneyFormat(configLanguage: config.language, environment: env)
    }

    var book: Book { store.book }

    /// How typed amounts write their decimals: as the printed ones do.
    var decimalMark: Character { money.decimalSeparator.first ?? "." }

    /// The one client matching what was typed, or an error listing the candidates.
    func client(_ query: String) throws -> Client {
        let found = book.findClients(query)
        guard found.count == 1, let c = found.first else {
            if found.isEmpty { throw CLIError(tr("no client matches \"{0}\"", query)) }
            let list = found.prefix(10).map { "  \($0.id.raw)  \($0.name)" }.joined(separator: "\n")
            throw CLIError(tr("\"{0}\" matches {1} clients; say which (by id or a longer name):\n{2}", query, found.count, list))
        }
        return c
    }

    /// The one invoice with this number (or id), or an error listing the candidates.
    func invoice(_ query: String) throws -> Invoice {
        let matches = book.findInvoices(query)
        guard matches.count == 1, let inv = matches.first else {
            if matches.isEmpty { throw CLIError(tr("no invoice \"{0}\"", query)) }
            let list = matches.map { "  \($0.id.raw)  \($0.number)  \(book.clients[$0.clientID]?.name ?? "")" }
            throw CLIError(tr("\"{0}\" is the number of {1} invoices; give the id:\n{2}", query, matches.count, list.joined(separator: "\n")))
        }
        return inv
    }

    /// The events an input checked, or its problem as an error naming the
    /// argument or option it came from (`flag` gives that name, nil for none).
    func checked<T, F>(_ result: Result<T, InputProblem<F>>, _ flag: (F) -> String?) throws -> T {
        switch result {
        case let .success(events): return events
        case let .failure(p): throw CLIError(flag(p.field).map { "\($0): \(p.message)" } ?? p.message)
        }
    }

    @discardableResult
    func save(_ bodies: [EventBody]) throws -> [Event] {
        guard !bodies.isEmpty else { return [] }
        let now = Clock.now()
        do { return try store.append(bodies.map { PendingEvent(at: now, author: user, body: $0) }) } catch { throw CLIError(error.description) }
    }

    /// The contact-frequency guard: refuses unless forced, and says why.
    func guardContact(_ c: Client, force: Bool) throws -> String? {
        guard let w = book.contactWarning(c.id, today: today, policy: policy, zoneOffset: Clock.zoneOffset()) else { return nil }
        guard force else { throw CLIError(tr("{0} Add --force to contact them anyway (the override is recorded).", w.message)) }
        return w.overrideNote
    }
}
