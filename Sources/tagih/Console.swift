import Foundation
import TerminalCore

/// Everything the command line prints goes through here, cleaned with
/// `Sanitize.output`: sentences quote names, notes, owners, file names and
/// journal text, and none of it may reach the terminal as a control sequence.
enum Console {
    /// Writes to standard output.
    static func out(_ text: String, terminator: String = "\n") {
        FileHandle.standardOutput.write(Data((Sanitize.output(text) + terminator).utf8))
    }

    /// Writes to standard error.
    static func err(_ text: String) {
        FileHandle.standardError.write(Data((Sanitize.output(text) + "\n").utf8))
    }
}
