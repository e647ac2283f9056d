package org.lettergraph.letter;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;
import org.lettergraph.graph.Rows;
import org.lettergraph.program.Program;
import org.lettergraph.source.Source;

import org.springframework.stereotype.Repository;

@Repository
class LetterRepository {

	private final Rows rows;

	LetterRepository(Rows rows) {
		this.rows = rows;
	}

	/** A page of letters newest first: a range of the sortKey index, bounded by the cursor and the top-level dates. */
	List<Letter> page(LetterWhere where, String afterSortKey, int limit) {
		Map<String, Object> parameters = new HashMap<>();
		// sortKey bounds from the cursor and the date range (see letters/page): an index range, not a full scan.
		String upper = (afterSortKey != null) ? afterSortKey : "\uffff";
		if (where.to() != null && where.to().plusDays(1).toString().compareTo(upper) < 0) {
			upper = where.to().plusDays(1).toString();
		}
		parameters.put("upper", upper);
		parameters.put("lower", (where.from() != null) ? where.from().toString() : "");
		parameters.put("limit", limit);
		Fragment filter = LetterConditions.of(where, this.rows.composer());
		return this.rows.list("letters/page", Map.of("WHERE", filter), parameters)
			.stream()
			.map(row -> Letter.from(row.get("letter")))
			.toList();
	}

	/** A page of letters in the order asked for, {@code skip} letters in (the cursor's offset). */
	List<Letter> orderedPage(LetterWhere where, List<LetterOrder> orderBy, int skip, int limit) {
		Composer composer = this.rows.composer();
		Fragment filter = LetterConditions.of(where, composer);
		Fragment order = Fragment.list(orderBy.stream()
			.map(o -> composer.of(o.field().fragment(), Map.of()).ordered(o.direction().descending()))
			.toList());
		return this.rows.list("letters/page-ordered", Map.of("WHERE", filter, "ORDER", order),
				Map.of("skip", skip, "limit", limit))
			.stream()
			.map(row -> Letter.from(row.get("letter")))
			.toList();
	}

	int count(LetterWhere where) {
		// With a program, counting from the program reads its letters only, not every letter in the graph.
		String query = (where.concerns() != null) ? "letters/count-concerning" : "letters/count";
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("concerns", where.concerns());
		// Starting from the program, the rest of the filter is what each of its letters is checked against.
		Fragment filter = LetterConditions.of((where.concerns() != null) ? LetterConditions.withoutConcerns(where)
				: where, this.rows.composer());
		return Rows.integer(this.rows.one(query, Map.of("WHERE", filter), parameters), "total");
	}

	Map<String, Letter> byIds(Collection<String> ids) {
		return this.rows.byId("letters/by-ids", ids, Letter::id, row -> Letter.from(row.get("letter")));
	}

	/** One page of signers for each requested page, in one statement. */
	Map<SignerPage, SignerRows> signerPages(Collection<SignerPage> pages) {
		List<Map<String, Object>> parameters = pages.stream()
			.map(p -> Map.<String, Object>of("letterId", p.letterId(), "after", p.afterPosition(), "limit",
					p.size() + 1, "counts", p.withLetterCounts(), "properties", p.withProperties()))
			.toList();
		Map<SignerPage, SignerRows> result = new HashMap<>();
		for (Map<String, Object> row : this.rows.list("letters/signers", Map.of("pages", parameters))) {
			SignerPage page = new SignerPage(Rows.string(row, "letterId"), Rows.integer(row, "after"),
					Rows.integer(row, "limit") - 1, Rows.flag(row, "counts"), Rows.flag(row, "properties"));
			List<SignerRow> signers = ((List<?>) row.get("rows")).stream()
				.map(Rows::map)
				.map(m -> new SignerRow(Actor.from(m.get("actor")), Rows.string(m, "role"), Rows.integer(m, "position"),
						Rows.integer(m, "letterCount"), Rows.string(m, "title"), Rows.string(m, "organization"),
						Rows.string(m, "location")))
				.toList();
			result.put(page, new SignerRows(signers, Rows.integer(row, "total")));
		}
		return result;
	}

	Map<String, LetterParties> parties(Collection<String> letterIds) {
		Map<String, List<LetterParty>> byLetter = this.rows.grouped("letters/parties", letterIds, "letterId",
				row -> new LetterParty(Actor.from(row.get("actor")), Rows.string(row, "role"),
						Rows.integer(row, "position"), Rows.string(row, "title"), Rows.string(row, "organization"),
						Rows.string(row, "location"), Rows.each(row, "sources", Source::from)));
		Map<String, LetterParties> result = new HashMap<>();
		byLetter.forEach((id, list) -> result.put(id, new LetterParties(list)));
		return result;
	}

	Map<String, Participations> participations(Collection<String> actorIds) {
		Map<String, List<Participation>> byActor = this.rows.grouped("letters/participations", actorIds, "actorId",
				row -> new Participation(Letter.from(row.get("letter")), Rows.string(row, "role"),
						Rows.integer(row, "position"), Rows.string(row, "title"), Rows.string(row, "organization"),
						Rows.string(row, "location"), Rows.each(row, "sources", Source::from)));
		Map<String, Participations> result = new HashMap<>();
		byActor.forEach((id, list) -> result.put(id, new Participations(list)));
		return result;
	}

	Map<String, LetterCount> letterCounts(Collection<String> actorIds) {
		Map<String, LetterCount> result = new HashMap<>();
		for (Map<String, Object> row : this.rows.list("letters/letter-counts",
				Map.of("ids", (Object) List.copyOf(actorIds)))) {
			result.put(Rows.string(row, "actorId"), new LetterCount(Rows.integer(row, "signed")));
		}
		return result;
	}

	Map<String, Concerns> concerns(Collection<String> letterIds) {
		Map<String, List<Concern>> byLetter = this.rows.grouped("letters/concerns", letterIds, "letterId",
				row -> new Concern(Program.from(row.get("program")), Rows.string(row, "ask"),
						Rows.each(row, "sources", Source::from)));
		Map<String, Concerns> result = new HashMap<>();
		byLetter.forEach((id, list) -> result.put(id, new Concerns(list)));
		return result;
	}

	Map<String, Reports> reports(Collection<String> letterIds) {
		Map<String, List<Report>> byLetter = this.rows.grouped("letters/reports", letterIds, "letterId",
				row -> new Report(Source.from(row.get("source")), Rows.integer(row, "signerCount"),
						Rows.string(row, "signerCountQualifier")));
		Map<String, Reports> result = new HashMap<>();
		byLetter.forEach((id, list) -> result.put(id, new Reports(list)));
		return result;
	}

	Map<String, List<Letter>> ofPrograms(Collection<String> programIds) {
		return this.rows.grouped("letters/of-programs", programIds, "programId", row -> Letter.from(row.get("letter")));
	}

	Map<String, List<Letter>> ofSources(Collection<String> sourceIds) {
		return this.rows.grouped("letters/of-sources", sourceIds, "sourceId", row -> Letter.from(row.get("letter")));
	}

	/**
	 * Which page of which letter's signers a request asks for, whether the request also selects each signer's
	 * {@code letterCount} (then read in the same statement), and whether it selects any signer field beyond the id,
	 * name and kind (if not, the statement reads no other property: {@code withProperties} false).
	 */
	record SignerPage(String letterId, int afterPosition, int size, boolean withLetterCounts,
			boolean withProperties) {
	}

	/** One signer, with its signature as written; {@code letterCount} is null unless its page asked for counts. */
	record SignerRow(Actor actor, String role, int position, Integer letterCount, String title, String organization,
			String location) {
	}

	record SignerRows(List<SignerRow> rows, int total) {
	}
}
