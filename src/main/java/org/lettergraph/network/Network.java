package org.lettergraph.network;

import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;

/**
 * The co-signature network: actors as nodes, letters signed or endorsed together as weighted edges.
 *
 * @param truncated true when more edges matched than were asked for; those given are the strongest
 */
public record Network(List<Node> nodes, List<Edge> edges, boolean truncated) {

	public Network {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The same network with each node's bloc looked up in {@code blocByActor} (absent: in no bloc). */
	public Network withBlocs(Map<String, Integer> blocByActor) {
		return new Network(this.nodes.stream()
			.map(n -> new Node(n.id(), n.actor(), n.letterCount(), blocByActor.get(n.id())))
			.toList(), this.edges, this.truncated);
	}

	/** An actor with the number of filtered letters it signed or endorsed, and its bloc when asked for. */
	public record Node(String id, Actor actor, int letterCount, Integer bloc) {
	}

	/** Two actors and the filtered letters both signed or endorsed; {@code source} is the smaller id. */
	public record Edge(String source, String target, int weight, double jaccard) {
	}
}
