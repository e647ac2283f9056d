package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.graph.Edge;
import org.lettergraph.graph.GraphWrites;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/** Writes letter nodes and every letter-adjacent edge, inside a write of {@link GraphWrites}. */
@Component
public class LetterWrites {

	private final GraphWrites writes;

	LetterWrites(GraphWrites writes) {
		this.writes = writes;
	}

	/**
	 * A letter's own facts; who took part is written as edges.
	 *
	 * @param unnamed          who the letter names by surname only and the graph cannot tell, by role (addressees,
	 *                         cc, signers), as written ("Secretary Mayorkas"): kept on the letter until a record
	 *                         with the full name links them; the latest write of the letter says which are left
	 * @param proposedPrograms programs the letter names that the graph does not hold, waiting for a person
	 */
	public record LetterFacts(String id, String title, boolean titleIsDescriptive, LocalDate date, List<String> asks,
			Integer reportedSignerCount, String reportedSignerCountQualifier, List<String> sources,
			Unnamed unnamed, List<String> proposedPrograms) {

		public LetterFacts {
			unnamed = (unnamed != null) ? unnamed : new Unnamed(List.of(), List.of(), List.of());
			proposedPrograms = (proposedPrograms != null) ? List.copyOf(proposedPrograms) : List.of();
		}
	}

	/** The people a letter names by surname only and the graph cannot tell, by role, as the letter writes them. */
	public record Unnamed(List<String> addressees, List<String> cc, List<String> signers) {

		public Unnamed {
			addressees = List.copyOf(addressees);
			cc = List.copyOf(cc);
			signers = List.copyOf(signers);
		}
	}

	/** The edges a letter owns, each with the labels of its ends. */
	public enum Link {

		/** An actor signed the letter: {@code role} LEAD or SIGNER, {@code position} in the list. */
		SIGNED("Actor", "Letter"),
		/** An organization backed a letter it did not sign. */
		ENDORSED("Actor", "Letter"),
		ADDRESSED_TO("Letter", "Actor"),
		CC("Letter", "Actor"),
		/** What the letter asks ({@code ask}) of a program. */
		CONCERNS("Letter", "Program"),
		/** A source reports the letter, with the signer count it states. */
		REPORTED_IN("Letter", "Source");

		private final String from;

		private final String to;

		Link(String from, String to) {
			this.from = from;
			this.to = to;
		}
	}

	/** The letters of one write in one statement; their sources only ever grow. */
	public void write(List<LetterFacts> letters) {
		if (!letters.isEmpty()) {
			this.writes.update("letters/write", Map.of("batch", Map.of("letters", letters.stream()
				.map(l -> Map.of("id", l.id(), "properties", properties(l), "sources", l.sources()))
				.toList())));
		}
	}

	public void link(Link type, List<Edge> edges) {
		this.writes.link(type.from, type.name(), type.to, edges);
	}

	private static Map<String, Object> properties(LetterFacts letter) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("title", letter.title().strip());
		properties.put("titleKey", NameKey.of(letter.title()));
		properties.put("titleIsDescriptive", letter.titleIsDescriptive());
		properties.put("asks", letter.asks());
		// Newest first, then by id: the order of every letter list, and the cursor of its pages.
		properties.put("sortKey", ((letter.date() != null) ? letter.date().toString() : "0000-00-00") + "|" + letter.id());
		if (letter.date() != null) {
			properties.put("date", letter.date());
		}
		// Set from each write, removed when empty: a corrected record that names everyone leaves none behind.
		properties.put("unnamedAddressees", orNull(letter.unnamed().addressees()));
		properties.put("unnamedCc", orNull(letter.unnamed().cc()));
		properties.put("unnamedSigners", orNull(letter.unnamed().signers()));
		properties.put("proposedPrograms", orNull(letter.proposedPrograms()));
		if (letter.reportedSignerCount() != null) {
			properties.put("reportedSignerCount", letter.reportedSignerCount());
			properties.put("reportedSignerCountQualifier", (letter.reportedSignerCountQualifier() != null)
					? letter.reportedSignerCountQualifier() : "EXACTLY");
		}
		return properties;
	}

	/** A list property, or null to remove it: {@code SET l += {p: null}} removes {@code p}. */
	private static List<String> orNull(List<String> values) {
		return values.isEmpty() ? null : values;
	}
}
