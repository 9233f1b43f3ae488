// Yuma Consensus.
