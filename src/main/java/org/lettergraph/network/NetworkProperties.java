package org.lettergraph.network;

import org.lettergraph.graph.InvalidArgumentException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How large a co-signature network one answer (GraphQL or export) may be. Networks get their own cap, larger than
 * {@code lettergraph.paging.max-page-size}, because a graph of a hundred edges shows little.
 *
 * @param maxEdges     the largest {@code first} a network or an export accepts
 * @param defaultEdges how many edges when {@code first} is not given
 */
@ConfigurationProperties("lettergraph.network")
public record NetworkProperties(@DefaultValue("5000") int maxEdges, @DefaultValue("500") int defaultEdges) {

	/** The most relationships a path may have: the bound written into {@code network/shortest-path.cypher}. */
	public static final int MAX_HOPS = 10;

	public static final int DEFAULT_HOPS = 6;

	public int edges(Integer first) {
		if (first == null) {
			return Math.min(this.defaultEdges, this.maxEdges);
		}
		if (first < 0 || first > this.maxEdges) {
			throw new InvalidArgumentException("first", "must be between 0 and " + this.maxEdges
					+ " edges (lettergraph.network.max-edges), got " + first + ".");
		}
		return first;
	}

	public static int minShared(Integer minShared) {
		if (minShared == null) {
			return 1;
		}
		if (minShared < 1) {
			throw new InvalidArgumentException("minShared",
					"must be 1 or more (the fewest letters two actors share to count), got " + minShared + ".");
		}
		return minShared;
	}

	public static int maxHops(Integer maxHops) {
		if (maxHops == null) {
			return DEFAULT_HOPS;
		}
		if (maxHops < 1 || maxHops > MAX_HOPS) {
			throw new InvalidArgumentException("maxHops", "must be between 1 and " + MAX_HOPS
					+ " relationships (two per letter between two actors), got " + maxHops + ".");
		}
		return maxHops;
	}
}
