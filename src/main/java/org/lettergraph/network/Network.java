package org.lettergraph.network;

import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.letter.LetterWhere;

/**
 * The co-signature network: actors as nodes, letters signed or endorsed together as weighted edges.
 *
 * @param truncated true when more edges matched than were asked for; those given are the strongest
 * @param where     the letters it was drawn from
 * @param minShared the lightest edge it keeps
 */
public record Network(List<Node> nodes, List<Edge> edges, boolean truncated, LetterWhere where, int minShared) {

	public Network {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** The nodes with each one's bloc looked up in {@code blocByActor} (absent: in no bloc). */
	public List<Node> nodesWithBlocs(Map<String, Integer> blocByActor) {
		return this.nodes.stream()
			.map(n -> new Node(n.id(), n.actor(), n.letterCount(), blocByActor.get(n.id())))
			.toList();
	}

	/** An actor with the number of filtered letters it signed or endorsed, and its bloc when asked for. */
	public record Node(String id, Actor actor, int letterCount, Integer bloc) {
	}

	/** Two actors and the filtered letters both signed or endorsed; {@code source} is the smaller id. */
	public record Edge(String source, String target, int weight, double jaccard, double overlap) {
	}
}
