#if canImport(Glibc)
import Glibc
#endif
import Foundation
import TagihCore

/// The unsaved contact of this device, kept at `drafts/<device>.json` while
/// the editor is open, so a crash or `kill -9` loses nothing typed.
///
/// Written whole to a temporary file, fsynced and renamed over the old one,
/// so the file on disk is always a complete draft (old or new).
public struct DraftFile {
    public let directory: DataDirectory
    public let device: String

    public init(directory: DataDirectory, device: String) {
        self.directory = directory
        self.device = device
    }

    public var path: String { directory.path + "/drafts/\(device).json" }

    /// What was found on disk.
    public enum Found: Equatable {
        case none
        case draft(Draft)
        /// The file exists but cannot be read; it is left where it is.
        case unreadable(String)
    }

    /// The draft on disk. It carries a CRC-32C of its bytes, as a journal
    /// line does (`{"crc":"…","e":…}`): a draft that fails it is never
    /// offered back with altered text, and is left where it is.
    public func load() -> Found {
        guard let data = FileManager.default.contents(atPath: path) else { return .none }
        var bytes = Array(data)
        var payload = bytes[...]
        if bytes.starts(with: JournalLine.prefix) {
            if bytes.last == 10 { bytes.removeLast() }
            guard let range = bytes.withUnsafeBufferPointer({ JournalLine.verifiedPayload($0) }) else {
                return .unreadable(tr("drafts/{0}.json is damaged (checksum mismatch); it is kept as it is and not offered back", device))
            }
            payload = bytes[range]
        }
        // A draft without a checksum was written by an earlier version: read as it is.
        do {
            return .draft(try JSONDecoder().decode(Draft.self, from: Data(payload)))
        } catch {
            return .unreadable(tr("drafts/{0}.json cannot be read as a draft; it is kept as it is", device))
        }
    }

    public func save(_ draft: Draft) throws(StoreIOError) {
        let dir = directory.path + "/drafts"
        try PosixFile.makeDirectory(dir)
        let data: [UInt8]
        do { data = JournalLine.frame(payload: Array(try JSONEncoder().encode(draft))) } catch {
            throw StoreIOError(path: path, operation: "encode", code: EINVAL)
        }
        let tmp = path + ".tmp"
        let fd = try PosixFile.open(tmp, flags: O_WRONLY | O_TRUNC, create: true)
        do {
            try PosixFile.writeAll(fd, data, path: tmp)
            try PosixFile.sync(fd, path: tmp)
        } catch {
            Glibc.close(fd)
            unlink(tmp)
            throw error
        }
        Glibc.close(fd)
        guard rename(tmp, path) == 0 else {
            let code = errno
            unlink(tmp)
            throw StoreIOError(path: path, operation: "rename", code: code)
        }
        PosixFile.syncDirectory(dir)
    }

    /// Removes the draft once its contact is saved or the user discarded it.
    public func delete() {
        unlink(path)
        PosixFile.syncDirectory(directory.path + "/drafts")
    }
}
