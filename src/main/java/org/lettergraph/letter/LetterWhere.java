package org.lettergraph.letter;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.lettergraph.graph.InvalidArgumentException;

/** The filters of {@code letters}; every one is optional. */
public record LetterWhere(String addressedTo, String concerns, String participant, LocalDate from, LocalDate to) {

	public static final LetterWhere NONE = new LetterWhere(null, null, null, null, null);

	/** Refuses a date range that ends before it starts. */
	public LetterWhere checked() {
		if (this.from != null && this.to != null && this.from.isAfter(this.to)) {
			throw new InvalidArgumentException("where", "'from' (" + this.from + ") is after 'to' (" + this.to + ").");
		}
		return this;
	}

	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("addressedTo", this.addressedTo);
		parameters.put("concerns", this.concerns);
		parameters.put("participant", this.participant);
		parameters.put("from", this.from);
		parameters.put("to", this.to);
		return parameters;
	}
}
