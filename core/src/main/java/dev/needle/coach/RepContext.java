package dev.needle.coach;

import dev.needle.measure.DealHealth;

import java.util.List;

/** What the rules look at for one rep: the rep's figures, the team's top performers, the learned values, the rep's open deals. */
record RepContext(RepFigures rep, Benchmark benchmark, LearnedRates rates, List<DealHealth> openDeals) {
}
