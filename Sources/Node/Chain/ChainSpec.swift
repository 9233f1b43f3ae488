import Foundation
import Runtime

/// Which chain a node runs: a named development preset or a genesis file.
public struct ChainSpec: Sendable {
    /// The chain's display name (`system_chain`).
    public var name: String
    /// The state at block 0.
    public var genesis: Genesis

    /// A spec.
    public init(name: String, genesis: Genesis) {
        self.name = name
        self.genesis = genesis
    }

    /// `nakamoto`, `finney` (development presets: `//Alice` is sudo, the dev accounts are funded) or the
    /// path of a genesis file in the format of `yuma runtime run --chain FILE`.
    public static func named(_ nameOrPath: String) throws(ChainSpecError) -> ChainSpec {
        if let era = Era(rawValue: nameOrPath) {
            return ChainSpec(name: "Yuma \(era.rawValue.capitalized) Development", genesis: .development(era))
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: nameOrPath))
        } catch {
            throw .unreadable(nameOrPath)
        }
        do {
            let genesis = try ScenarioGenesisFile.decode(data)
            let name = URL(fileURLWithPath: nameOrPath).deletingPathExtension().lastPathComponent
            return ChainSpec(name: name, genesis: genesis)
        } catch {
            throw .invalid(nameOrPath, error.description)
        }
    }
}

/// Why a chain spec cannot be used.
public enum ChainSpecError: Error, Sendable, CustomStringConvertible {
    /// Neither a preset nor a readable file.
    case unreadable(String)
    /// A genesis file that does not decode.
    case invalid(String, String)

    /// What went wrong and what to do.
    public var description: String {
        switch self {
        case .unreadable(let value):
            "--chain \(value) is neither nakamoto, finney nor a readable genesis file"
        case .invalid(let path, let problem): "genesis file \(path): \(problem)"
        }
    }
}
