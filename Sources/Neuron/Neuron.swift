/// The network's machine-learning half: synapses, the axon (server) and dendrite (client) of
/// Bittensor's HTTP protocol, and the miner and validator built on them.
public enum NeuronModule {}
