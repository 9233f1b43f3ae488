/// Explorer: follows a node, indexes its blocks and the Network Roundup series, and serves pages,
/// SVG charts and a JSON API.
public enum ExplorerModule {}
