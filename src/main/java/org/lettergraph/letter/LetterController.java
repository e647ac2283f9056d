package org.lettergraph.letter;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.lettergraph.actor.Actor;
import org.lettergraph.graph.Connection;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.letter.LetterRepository.SignerPage;
import org.lettergraph.letter.LetterRepository.SignerRows;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * Letters and their fields. Every nested field is loaded for all letters of a response level at once: one Cypher
 * statement per field and level, however many letters the level holds.
 */
@Controller
class LetterController {

	private static final String LETTER_CURSOR = "letter";

	private static final String ORDERED_CURSOR = "letter-ordered";

	private static final String SIGNER_CURSOR = "signer";

	/** Actor fields answered from its id, name and labels, or by a loader of their own: no other property needed. */
	private static final Set<String> FIELDS_WITHOUT_PROPERTIES = Set.of("__typename", "id", "name", "kind",
			"letterCount");

	private final LetterRepository letters;

	private final Paging paging;

	LetterController(LetterRepository letters, Paging paging, BatchLoaderRegistry registry) {
		this.letters = letters;
		this.paging = paging;
		registry.forTypePair(SignerPage.class, SignerRows.class)
			.registerMappedBatchLoader((pages, env) -> Mono.fromCallable(() -> letters.signerPages(pages)));
		registry.forTypePair(String.class, LetterParties.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.parties(ids)));
		registry.forTypePair(String.class, Letter.class)
			.registerMappedBatchLoader((ids, env) -> Mono.fromCallable(() -> letters.byIds(ids)));
	}

	/**
	 * Newest first (no orderBy, or DATE DESC alone) pages through the sortKey index with a keyset cursor; any other
	 * order sorts the filtered letters in the database and pages by offset (see {@link Paging#offsetCursor}).
	 */
	@QueryMapping
	DataFetcherResult<Connection<Connection.Edge<Letter>>> letters(@Argument LetterWhere where,
			@Argument List<LetterOrder> orderBy, @Argument Integer first, @Argument String after,
			DataFetchingFieldSelectionSet selection) {
		LetterWhere filter = (where != null) ? where.validated("where", 1) : LetterWhere.NONE;
		// A request for the counts alone (totalCount, aggregate, groupBy) reads no page.
		boolean paged = selection.contains("edges") || selection.contains("pageInfo");
		Connection<Connection.Edge<Letter>> page = letterPage(filter, orderBy, first, after, paged);
		return DataFetcherResult.<Connection<Connection.Edge<Letter>>>newResult()
			.data(page)
			.localContext(new FilteredList(page, filter, aggregateWithYears(selection) ? new SharedSummary() : null))
			.build();
	}

	/** Whether the request asks for the aggregate and groups by year only: one statement then answers both. */
	private static boolean aggregateWithYears(DataFetchingFieldSelectionSet selection) {
		List<graphql.schema.SelectedField> groups = selection.getFields("groupBy");
		return selection.contains("aggregate") && !groups.isEmpty() && groups.stream()
			.allMatch(g -> "YEAR".equals(String.valueOf(g.getArguments().get("field"))));
	}

	private Connection<Connection.Edge<Letter>> letterPage(LetterWhere filter, List<LetterOrder> orderBy,
			Integer first, String after, boolean paged) {
		int size = this.paging.pageSize(first);
		if (orderBy != null && orderBy.isEmpty()) {
			throw new InvalidArgumentException("orderBy", "is empty; give at least one key or leave it out.");
		}
		if (orderBy == null || (orderBy.size() == 1 && orderBy.get(0).isNewestFirst())) {
			String afterKey = Paging.decode(LETTER_CURSOR, after);
			List<Letter> rows = paged ? this.letters.page(filter, afterKey, size + 1) : List.of();
			return Connection.of(rows, size, afterKey != null,
					letter -> new Connection.Edge<>(Paging.cursor(LETTER_CURSOR, letter.sortKey()), letter),
					() -> this.letters.count(filter));
		}
		String arguments = filter + "|" + orderBy;
		int skip = Paging.decodeOffset(ORDERED_CURSOR, after, arguments);
		List<Letter> rows = paged ? this.letters.orderedPage(filter, orderBy, skip, size + 1) : List.of();
		int[] index = { skip };
		return Connection.of(rows, size, skip > 0,
				letter -> new Connection.Edge<>(Paging.offsetCursor(ORDERED_CURSOR, ++index[0], arguments), letter),
				() -> this.letters.count(filter));
	}

	@QueryMapping
	CompletableFuture<Letter> letter(@Argument String id, DataLoader<String, Letter> loader) {
		return loader.load(id);
	}

	/**
	 * When the request selects the signers' {@code letterCount}, the signers statement reads the counts too and
	 * primes the per-request {@code letterCount} loader with them, so the counts cost no statement of their own.
	 * When it selects no signer field but those of {@link #FIELDS_WITHOUT_PROPERTIES}, the statement reads each
	 * signer's id, name and labels alone; any other field (a party, an alias, a field added later) reads them all.
	 */
	@SchemaMapping
	CompletableFuture<Connection<Signature>> signers(Letter letter, @Argument Integer first, @Argument String after,
			DataLoader<SignerPage, SignerRows> loader, DataFetchingEnvironment env) {
		int size = this.paging.pageSize(first);
		String afterKey = Paging.decode(SIGNER_CURSOR, after);
		int afterPosition = parsePosition(afterKey);
		boolean withCounts = env.getSelectionSet().contains("edges/node/letterCount");
		boolean withProperties = env.getSelectionSet()
			.getFields("edges/node/*")
			.stream()
			.anyMatch(field -> !FIELDS_WITHOUT_PROPERTIES.contains(field.getName()));
		DataLoader<String, LetterCount> letterCounts = env.getDataLoader(LetterCount.LOADER);
		return loader.load(new SignerPage(letter.id(), afterPosition, size, withCounts, withProperties))
			.thenApply(page -> (page != null) ? page : new SignerRows(List.of(), 0))
			.thenApply(page -> {
				page.rows()
					.stream()
					.filter(row -> row.letterCount() != null)
					.forEach(row -> letterCounts.prime(row.actor().id(), new LetterCount(row.letterCount())));
				return page;
			})
			.thenApply(page -> Connection.of(page.rows(), size, afterPosition > 0,
					row -> new Signature(Paging.cursor(SIGNER_CURSOR, Integer.toString(row.position())), row.actor(),
							row.role(), row.position(), row.title(), row.organization(), row.location()),
					page::total));
	}

	@SchemaMapping
	CompletableFuture<List<LetterParty>> parties(Letter letter, DataLoader<String, LetterParties> letterParties) {
		return letterParties.load(letter.id()).thenApply(parties -> (parties != null) ? parties.list() : List.of());
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> leads(Letter letter, DataLoader<String, LetterParties> letterParties) {
		return withRole(letter, letterParties, "LEAD");
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> endorsers(Letter letter, DataLoader<String, LetterParties> letterParties) {
		return withRole(letter, letterParties, "ENDORSER");
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> addressees(Letter letter, DataLoader<String, LetterParties> letterParties) {
		return withRole(letter, letterParties, "ADDRESSEE");
	}

	@SchemaMapping
	CompletableFuture<List<Actor>> cc(Letter letter, DataLoader<String, LetterParties> letterParties) {
		return withRole(letter, letterParties, "CC");
	}

	private CompletableFuture<List<Actor>> withRole(Letter letter, DataLoader<String, LetterParties> loader,
			String role) {
		return parties(letter, loader).thenApply(
				parties -> parties.stream().filter(p -> p.role().equals(role)).map(LetterParty::actor).toList());
	}

	private static int parsePosition(String key) {
		if (key == null) {
			return 0;
		}
		try {
			return Integer.parseInt(key);
		}
		catch (NumberFormatException ex) {
			throw new InvalidArgumentException("after", "'" + key + "' is not a signer cursor.");
		}
	}
}
