package org.lettergraph.correct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.NotFoundException;
import org.lettergraph.graph.Rows;
import org.lettergraph.history.Change;
import org.lettergraph.history.History;
import org.lettergraph.letter.Letter;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Component;

/**
 * Corrects a letter's own facts: title, date, asks, what it asks of which programs, the signer count its sources
 * state. Only what differs is written; each field that changes is one line of the history, and a correction that
 * changes nothing writes nothing. The letter keeps its id (ids are links people share), its sort key follows the
 * date and its title key the title, so it is still recognised when written again.
 */
@Component
class LetterCorrections {

	private final GraphWrites writes;

	private final Rows rows;

	private final History history;

	LetterCorrections(GraphWrites writes, Rows rows, History history) {
		this.writes = writes;
		this.rows = rows;
		this.history = history;
	}

	/** What a letter correction did: the letter as it is now, and the changes recorded (none when nothing differed). */
	record Result(Letter letter, List<Change> changes) {
	}

	Result update(String id, LetterInput input) {
		return this.writes.transaction(stamp -> {
			List<Map<String, Object>> found = this.rows.list("corrections/letter", Map.of("id", id));
			if (found.isEmpty()) {
				throw new NotFoundException("No letter has the id '" + id + "'.");
			}
			Map<String, Object> current = Rows.map(found.get(0).get("letter"));
			Letter before = Letter.from(current);
			Map<String, Object> properties = new LinkedHashMap<>();
			List<History.Entry> entries = new ArrayList<>();
			List<String> subject = List.of(id);
			if (input.title() != null && !input.title().equals(before.title())) {
				properties.put("title", input.title());
				properties.put("titleKey", NameKey.of(input.title()));
				entries.add(new History.Entry("UPDATE_LETTER", "title", subject, before.title(), input.title(),
						"Title changed from '" + before.title() + "' to '" + input.title() + "'."));
			}
			if (input.titleIsDescriptive() != null && input.titleIsDescriptive() != before.titleIsDescriptive()) {
				properties.put("titleIsDescriptive", input.titleIsDescriptive());
				entries.add(new History.Entry("UPDATE_LETTER", "titleIsDescriptive", subject,
						before.titleIsDescriptive(), input.titleIsDescriptive(), input.titleIsDescriptive()
								? "The title is marked as a description." : "The title is marked as the subject line."));
			}
			if (input.dateGiven() && !Objects.equals(input.date(), before.date())) {
				properties.put("date", input.date());
				properties.put("sortKey", ((input.date() != null) ? input.date().toString() : "0000-00-00") + "|" + id);
				entries.add(new History.Entry("UPDATE_LETTER", "date", subject, before.date(), input.date(),
						"Date changed from " + describe(before.date()) + " to " + describe(input.date()) + "."));
			}
			if (input.asks() != null && !input.asks().equals(before.asks())) {
				properties.put("asks", input.asks());
				entries.add(new History.Entry("UPDATE_LETTER", "asks", subject, before.asks(), input.asks(),
						"Asks changed."));
			}
			if (input.countGiven() && !Objects.equals(input.reportedSignerCount(), before.reportedSignerCount())) {
				properties.put("reportedSignerCount", input.reportedSignerCount());
				entries.add(new History.Entry("UPDATE_LETTER", "reportedSignerCount", subject,
						before.reportedSignerCount(), input.reportedSignerCount(), "Reported signer count changed from "
								+ describe(before.reportedSignerCount()) + " to " + describe(input.reportedSignerCount()) + "."));
			}
			if (input.countGiven() && input.reportedSignerCount() == null) {
				if (before.reportedSignerCountQualifier() != null) {
					properties.put("reportedSignerCountQualifier", null);
				}
			}
			else if (input.countGiven() || input.qualifier() != null) {
				String qualifier = (input.qualifier() != null) ? input.qualifier()
						: (before.reportedSignerCountQualifier() != null) ? before.reportedSignerCountQualifier()
								: "EXACTLY";
				if (before.reportedSignerCount() == null && !input.countGiven()) {
					throw new InvalidArgumentException("input.reportedSignerCountQualifier",
							"the letter has no reported count to qualify; give reportedSignerCount too.");
				}
				if (!qualifier.equals(before.reportedSignerCountQualifier())) {
					properties.put("reportedSignerCountQualifier", qualifier);
					entries.add(new History.Entry("UPDATE_LETTER", "reportedSignerCountQualifier", subject,
							before.reportedSignerCountQualifier(), qualifier, "The reported count is now read as "
									+ qualifier.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "."));
				}
			}
			if (input.concerns() != null) {
				List<Map<String, Object>> was = new ArrayList<>();
				Rows.each(found.get(0), "concerns", Rows::map).forEach(c -> was.add(concern(c)));
				List<Map<String, Object>> wanted = input.concerns()
					.stream()
					.sorted(java.util.Comparator.comparing(c -> (String) c.get("program")))
					.toList();
				if (!was.equals(wanted)) {
					checkPrograms(wanted);
					List<String> sources = sources(input.sourceIds(), Rows.strings(current, "sources"));
					this.writes.update("corrections/set-concerns",
							Map.of("id", id, "concerns", wanted, "sources", sources));
					entries.add(new History.Entry("UPDATE_LETTER", "concerns", subject, was, wanted,
							"Programs and asks changed."));
				}
			}
			if (entries.isEmpty() && properties.isEmpty()) {
				return new Result(before, List.of());
			}
			this.writes.update("corrections/update-letter", Map.of("id", id, "properties", properties));
			List<Change> changes = this.history.record(entries);
			Letter after = Letter.from(this.rows.list("corrections/letter", Map.of("id", id)).get(0).get("letter"));
			return new Result(after, changes);
		});
	}

	private static Map<String, Object> concern(Map<String, Object> c) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("program", c.get("program"));
		m.put("ask", c.get("ask"));
		return m;
	}

	private void checkPrograms(List<Map<String, Object>> concerns) {
		List<String> ids = concerns.stream().map(c -> (String) c.get("program")).distinct().toList();
		if (ids.size() != concerns.size()) {
			throw new InvalidArgumentException("input.concerns", "name each program once.");
		}
		List<String> known = this.rows.list("programs/by-ids", Map.of("ids", ids))
			.stream()
			.map(row -> Rows.string(Rows.map(row.get("program")), "id"))
			.toList();
		List<String> unknown = ids.stream().filter(x -> !known.contains(x)).toList();
		if (!unknown.isEmpty()) {
			throw new InvalidArgumentException("input.concerns", "no program has the id "
					+ String.join(", ", unknown.stream().map(x -> "'" + x + "'").toList())
					+ " (the programs query lists them).");
		}
	}

	/**
	 * The sources a new edge cites: those given (each must exist), else the letter's own.
	 * @throws InvalidArgumentException when neither gives one
	 */
	List<String> sources(List<String> given, List<String> letterSources) {
		if (given != null && !given.isEmpty()) {
			List<String> known = this.rows.list("corrections/sources-exist", Map.of("ids", List.copyOf(given)))
				.stream()
				.map(row -> Rows.string(row, "id"))
				.toList();
			List<String> unknown = given.stream().filter(x -> !known.contains(x)).toList();
			if (!unknown.isEmpty()) {
				throw new InvalidArgumentException("sourceIds", "no source has the id " + String.join(", ", unknown)
						+ ".");
			}
			return List.copyOf(given);
		}
		if (letterSources.isEmpty()) {
			throw new InvalidArgumentException("sourceIds",
					"the letter cites no source, so name the source that says this (sourceIds).");
		}
		return letterSources;
	}

	private static String describe(Object value) {
		return (value == null) ? "none" : value.toString();
	}

	/**
	 * A letter correction as the client sent it. A field left out stays as it is; {@code date} and
	 * {@code reportedSignerCount} given as null remove the value ({@code dateGiven}, {@code countGiven} tell null
	 * from left out).
	 */
	record LetterInput(String title, Boolean titleIsDescriptive, boolean dateGiven, LocalDate date,
			List<String> asks, boolean countGiven, Integer reportedSignerCount, String qualifier,
			List<Map<String, Object>> concerns, List<String> sourceIds) {

		@SuppressWarnings("unchecked")
		static LetterInput from(Map<String, Object> input) {
			String title = null;
			if (input.containsKey("title")) {
				Object t = input.get("title");
				if (t == null || ((String) t).isBlank()) {
					throw new InvalidArgumentException("input.title", "a letter needs a title; give its subject line "
							+ "or a short description.");
				}
				title = ((String) t).strip().replaceAll("\\s+", " ");
			}
			List<String> asks = null;
			if (input.get("asks") != null) {
				asks = new ArrayList<>();
				for (String ask : (List<String>) input.get("asks")) {
					if (ask.isBlank()) {
						throw new InvalidArgumentException("input.asks", "an ask cannot be empty.");
					}
					asks.add(ask.strip());
				}
			}
			Integer count = (Integer) input.get("reportedSignerCount");
			if (count != null && count < 0) {
				throw new InvalidArgumentException("input.reportedSignerCount", "must be 0 or more, got " + count + ".");
			}
			Object qualifier = input.get("reportedSignerCountQualifier");
			if (qualifier != null && count == null && input.containsKey("reportedSignerCount")) {
				throw new InvalidArgumentException("input.reportedSignerCountQualifier",
						"a qualifier needs a count; give reportedSignerCount too, or leave both out.");
			}
			List<Map<String, Object>> concerns = null;
			if (input.get("concerns") != null) {
				concerns = new ArrayList<>();
				for (Map<String, Object> c : (List<Map<String, Object>>) input.get("concerns")) {
					Object ask = c.get("ask");
					Map<String, Object> concern = new LinkedHashMap<>();
					concern.put("program", c.get("program"));
					concern.put("ask", (ask == null || ((String) ask).isBlank()) ? null : ((String) ask).strip());
					concerns.add(concern);
				}
			}
			Object date = input.get("date");
			return new LetterInput(title, (Boolean) input.get("titleIsDescriptive"), input.containsKey("date"),
					(LocalDate) date, asks, input.containsKey("reportedSignerCount"), count,
					(qualifier != null) ? qualifier.toString() : null, concerns,
					(List<String>) input.get("sourceIds"));
		}
	}
}
