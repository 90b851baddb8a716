import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation
import TagihCore

/// An Excel workbook (`.xlsx`) read as rows, like a CSV file: the first
/// sheet or one named, shared strings, inline strings, numbers as the plain
/// decimal text Excel stores, and date cells (serial numbers with a date
/// format) as ISO dates. The archive is opened with ZIPFoundation and each
/// part parsed with Foundation's XML parser; nothing is unzipped to disk.
public enum Workbook {
    /// The rows of a sheet, numbered by their row in the sheet.
    public static func rows(_ data: Data, file: String, sheet: String? = nil) throws(ImportError) -> [CSV.Row] {
        func fail(_ m: String) -> ImportError { ImportError(file: file, line: 1, column: nil, message: m) }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw fail(tr("not an Excel workbook (.xlsx): the file is not a ZIP archive")) }
        func part(_ path: String) throws(ImportError) -> Data? {
            guard let entry = archive[path] else { return nil }
            guard entry.uncompressedSize < 200_000_000 else { throw fail(tr("the workbook part {0} is too large", path)) }
            var out = Data()
            do { _ = try archive.extract(entry) { out.append($0) } } catch { throw fail(tr("the workbook part {0} cannot be read", path)) }
            return out
        }
        guard let book = try part("xl/workbook.xml") else { throw fail(tr("not an Excel workbook (.xlsx): it has no xl/workbook.xml")) }
        let sheets = XMLParts.sheets(book)
        guard !sheets.isEmpty else { throw fail(tr("the workbook has no sheets")) }
        let chosen: (name: String, rel: String)
        if let sheet {
            guard let s = sheets.first(where: { $0.name.lowercased() == sheet.lowercased() }) else {
                throw fail(tr("the workbook has no sheet \"{0}\" (it has: {1})", sheet, sheets.map(\.name).joined(separator: ", ")))
            }
            chosen = s
        } else {
            chosen = sheets[0]
        }
        let targets = try part("xl/_rels/workbook.xml.rels").map(XMLParts.relationships) ?? [:]
        var target = targets[chosen.rel] ?? "worksheets/sheet1.xml"
        if target.hasPrefix("/") { target.removeFirst() } else { target = "xl/" + target }
        guard let sheetXML = try part(target) else { throw fail(tr("the workbook's sheet {0} is missing ({1})", chosen.name, target)) }
        let strings = try part("xl/sharedStrings.xml").map(XMLParts.sharedStrings) ?? []
        let dateStyles = try part("xl/styles.xml").map(XMLParts.dateStyles) ?? []
        return XMLParts.cells(sheetXML, strings: strings, dateStyles: dateStyles)
    }

    /// Whether bytes are a ZIP archive (an `.xlsx`), by their signature.
    public static func looksLikeWorkbook(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// An Excel serial day (the 1900 system, with its 1900-02-29) as a date.
    static func date(serial: Double) -> CivilDate? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        // Serial 25,569 is 1970-01-01, tagih's day 0 (serials count from 1899-12-30).
        return CivilDate(dayNumber: Int(serial.rounded(.down)) - 25_569)
    }
}
