import Foundation

// Built with `-D FUZZING -sanitize=fuzzer` (scripts/fuzz), this hands itself
// to libFuzzer's driver, which calls the target chosen by $TAGIH_FUZZ_TARGET
// on generated inputs. Otherwise it replays inputs:
// `tagih-fuzz TARGET FILE|DIR…`, e.g. the seed corpus in Fuzz/corpus/.
#if FUZZING
@_silgen_name("LLVMFuzzerRunDriver")
func fuzzerRunDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(fuzzerRunDriver(&argc, &argv) { data, size in
    let target = ProcessInfo.processInfo.environment["TAGIH_FUZZ_TARGET"] ?? "journal"
    FuzzTargets.run(target, data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})
#else
let args = Array(CommandLine.arguments.dropFirst())
guard let target = args.first, FuzzTargets.names.contains(target), args.count > 1 else {
    FileHandle.standardError.write(Data("usage: tagih-fuzz journal|csv|config FILE|DIR…\n".utf8))
    exit(2)
}
var count = 0
for path in args.dropFirst() {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
    let files = isDir.boolValue ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
    for f in files {
        guard let data = FileManager.default.contents(atPath: f) else { continue }
        FuzzTargets.run(target, Array(data))
        count += 1
    }
}
print("\(target): \(count) inputs, no crash")
#endif
