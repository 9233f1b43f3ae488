extension Wallet {
    /// The wallet names under `root` (default: ``defaultRoot(environment:)``): its sub-folders, sorted;
    /// empty if the root does not exist yet.
    public static func walletNames(root: String? = nil) throws(WalletError) -> [String] {
        let folder: String
        if let root {
            folder = try expand(root)
        } else {
            folder = try defaultRoot()
        }
        guard KeyfileStorage.isDirectory(folder) else { return [] }
        do {
            return try KeyfileStorage.list(folder).filter {
                !$0.hasPrefix(".") && KeyfileStorage.isDirectory(folder + "/" + $0)
            }
        } catch {
            throw .file(error)
        }
    }

    /// The hotkey names in this wallet's `hotkeys` folder, sorted; `<name>pub.txt` files that accompany a
    /// hotkey and hidden temporary files are left out.
    public func hotkeyNames() throws(WalletError) -> [String] {
        guard KeyfileStorage.isDirectory(hotkeysDirectory) else { return [] }
        let entries: [String]
        do {
            entries = try KeyfileStorage.list(hotkeysDirectory)
        } catch {
            throw .file(error)
        }
        let files = Set(entries.filter { KeyfileStorage.isRegularFile(hotkeysDirectory + "/" + $0) })
        return files.filter { name in
            guard !name.hasPrefix(".") else { return false }
            guard name.hasSuffix("pub.txt") else { return true }
            return !files.contains(String(name.dropLast("pub.txt".count)))
        }.sorted()
    }
}
