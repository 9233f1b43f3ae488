/// Fast-forwards a whole network through the real runtime: synthetic miners and validators,
/// registration demand, staking flows and sudo schedules, seeded and reproducible.
public enum SimulationModule {}
