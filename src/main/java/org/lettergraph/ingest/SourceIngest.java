package org.lettergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lettergraph.graph.GraphWrites;
import org.lettergraph.graph.Rows;
import org.lettergraph.ingest.legislators.LawmakerDirectory;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.KnownProgram;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.Link;
import org.lettergraph.ingest.report.Gazetteer;
import org.lettergraph.ingest.report.ReportMetadata;
import org.lettergraph.ingest.report.ReportReader;
import org.lettergraph.ingest.report.ReportReading;
import org.lettergraph.ingest.report.ReportReading.Proposal;
import org.lettergraph.names.NameKey;

import org.springframework.stereotype.Service;

/**
 * Brings a news story or press release in: reads it against what the graph knows ({@link ReportReader}), and
 * unless it is a dry run writes what was read, as proposed, in one transaction: the source; new organizations,
 * officials and people; aliases; who is mentioned in it (MENTIONED_IN), quoted in it (STATEMENT_IN, with
 * AFFILIATED_WITH and the title) and wrote it (AUTHORED); and the letters it reports, through the one letter write
 * path, each edge carrying the new source's id. Reading the same report twice writes nothing new: the second read
 * finds what the first wrote. A report with errors writes nothing.
 * <p>
 * The text comes in as text; an HTML page or a PDF becomes text before it reaches this service (the document
 * readers of {@code ingest/document}, where the upload and the mutation take files).
 */
@Service
public class SourceIngest {

	/** What happened: what the report was read as, which letters were written, and any problems. */
	public record Outcome(ReportReading reading, List<WriteResult> written, List<String> problems, boolean dryRun) {

		public boolean ok() {
			return this.problems.isEmpty();
		}
	}

	private final Rows rows;

	private final GraphWrites writes;

	private final ReferenceWriter references;

	private final LetterWriter letters;

	private final IngestProperties properties;

	SourceIngest(Rows rows, GraphWrites writes, ReferenceWriter references, LetterWriter letters,
			IngestProperties properties) {
		this.rows = rows;
		this.writes = writes;
		this.references = references;
		this.letters = letters;
		this.properties = properties;
	}

	public Outcome ingest(String text, ReportMetadata metadata, boolean dryRun) {
		Optional<String> tooBig = checkSize(text);
		if (tooBig.isPresent()) {
			return new Outcome(null, List.of(), List.of(tooBig.get()), dryRun);
		}
		try {
			return this.writes.transaction(dryRun, stamp -> {
				ReportReading reading = new ReportReader().read(text, metadata, gazetteer());
				if (!reading.errors().isEmpty()) {
					return new Outcome(reading, List.of(), reading.errors(), dryRun);
				}
				this.references.write(references(reading));
				List<LetterRecord> records = reading.letters()
					.stream()
					.filter(ReportReading.ReportedLetter::write)
					.map(ReportReading.ReportedLetter::record)
					.toList();
				List<WriteResult> written = this.letters.writeAll(records);
				return new Outcome(reading, written, List.of(), dryRun);
			});
		}
		catch (IngestException ex) {
			return new Outcome(null, List.of(), ex.problems(), dryRun);
		}
	}

	private Optional<String> checkSize(String text) {
		if (text == null || text.isBlank()) {
			return Optional.of("The report is empty: paste the text of the news story or press release as `text`.");
		}
		long bytes = text.getBytes(StandardCharsets.UTF_8).length;
		long limit = this.properties.maxDocumentSize().toBytes();
		if (bytes > limit) {
			return Optional.of(String.format(Locale.ROOT,
					"The report is %.1f MB; the limit is %.1f MB (lettergraph.ingest.max-document-size). A news story "
							+ "or press release is far smaller: paste only its text.",
					bytes / 1048576.0, limit / 1048576.0));
		}
		return Optional.empty();
	}

	/** What the graph knows that a report may name, read inside the write so a retry reads it afresh. */
	Gazetteer gazetteer() {
		List<Gazetteer.KnownActor> actors = this.rows.list("reports/known-actors", Map.of()).stream().map(row -> {
			String label = Rows.string(row, "label");
			List<Gazetteer.Affiliation> affiliations = Rows.each(row, "affiliations", value -> {
				Map<String, Object> m = Rows.map(value);
				return new Gazetteer.Affiliation(Rows.string(m, "organizationId"), Rows.string(m, "title"));
			});
			return new Gazetteer.KnownActor(Rows.string(row, "id"), kind(label), Rows.string(row, "name"),
					Rows.strings(row, "aliases"), Rows.string(row, "title"), Rows.string(row, "organization"),
					affiliations);
		}).filter(a -> a.kind() != null && a.name() != null).toList();
		List<KnownProgram> programs = this.rows.list("programs/all", Map.of()).stream().map(row -> {
			Map<String, Object> p = Rows.map(row.get("program"));
			return new KnownProgram(Rows.string(p, "id"), Rows.string(p, "name"), Rows.strings(p, "aliases"));
		}).toList();
		List<Gazetteer.KnownLetter> letters = this.rows.list("reports/known-letters", Map.of()).stream()
			.map(SourceIngest::letter)
			.toList();
		return new Gazetteer(actors, lawmakers(), programs, letters);
	}

	private static Gazetteer.KnownLetter letter(Map<String, Object> row) {
		Object first = row.get("firstSigner");
		return new Gazetteer.KnownLetter(Rows.string(row, "id"), Rows.string(row, "title"),
				Rows.flag(row, "titleIsDescriptive"), Rows.date(row, "date"), Rows.strings(row, "asks"),
				Rows.integer(row, "reportedSignerCount"), Rows.string(row, "reportedSignerCountQualifier"),
				Rows.each(row, "leads", SourceIngest::edge), Rows.integer(row, "signers"),
				(first != null) ? edge(first) : null, Rows.each(row, "endorsers", SourceIngest::edge),
				Rows.each(row, "addressees", SourceIngest::edge), Rows.each(row, "programs", value -> {
					Map<String, Object> m = Rows.map(value);
					return new Gazetteer.KnownConcern(Rows.string(m, "programId"), Rows.string(m, "ask"),
							Rows.strings(m, "sources"));
				}));
	}

	private static Gazetteer.KnownEdge edge(Object value) {
		Map<String, Object> m = Rows.map(value);
		return new Gazetteer.KnownEdge(Rows.string(m, "actorId"), Rows.integer(m, "position"), Rows.string(m, "title"),
				Rows.string(m, "organization"), Rows.strings(m, "sources"));
	}

	/** The members of Congress in the graph, so "Reps. Schakowsky, Quigley, and Espaillat" finds all three. */
	private LawmakerDirectory lawmakers() {
		return GraphLawmakers.directory(this.rows);
	}

	private static String kind(String label) {
		if (label == null) {
			return null;
		}
		return switch (label) {
			case "Organization" -> "ORGANIZATION";
			case "Lawmaker" -> "LAWMAKER";
			case "Official" -> "OFFICIAL";
			case "Person" -> "PERSON";
			default -> null;
		};
	}

	/**
	 * The reference records of a reading: the source, the new actors, the aliases confirmed, and each actor's
	 * appearance in the source. Known actors keep their names and facts; only aliases and sources are added.
	 */
	private ReferenceRecords references(ReportReading reading) {
		String sourceId = reading.source().id();
		Gazetteer known = gazetteer();
		Map<String, Gazetteer.KnownActor> byId = new LinkedHashMap<>();
		known.actors().forEach(a -> byId.put(a.id(), a));
		Map<String, Draft> drafts = new LinkedHashMap<>();
		Map<String, String> idsByName = new LinkedHashMap<>();
		known.actors().forEach(a -> idsByName.putIfAbsent(NameKey.of(a.name()), a.id()));
		for (Proposal p : reading.proposals()) {
			if (p.write() && p.id() != null && Set.of("ORGANIZATION", "OFFICIAL", "PERSON").contains(p.kind())) {
				Draft d = drafts.computeIfAbsent(p.id(), id -> new Draft(id, p.kind(), p.name()));
				d.aliases.addAll(p.aliases());
				if ("OFFICIAL".equals(p.kind())) {
					d.title = p.title();
				}
				idsByName.put(NameKey.of(p.name()), p.id());
			}
		}
		for (Proposal p : reading.proposals()) {
			if (p.write() && "OFFICIAL".equals(p.kind()) && p.title() != null && p.title().contains(", ")) {
				String office = p.title().substring(0, p.title().indexOf(", "));
				String agency = idsByName.get(NameKey.of(p.title().substring(p.title().indexOf(", ") + 2)));
				if (agency != null) {
					drafts.get(p.id()).offices.add(new Link(agency, office, List.of(sourceId)));
				}
			}
			if (p.write() && "ALIAS".equals(p.kind()) && p.candidateId() != null) {
				draft(drafts, byId, p.candidateId()).ifPresent(d -> d.aliases.add(p.name()));
			}
		}
		Set<String> spoke = new LinkedHashSet<>();
		for (ReportReading.Quoted q : reading.quoted()) {
			draft(drafts, byId, q.personId()).ifPresent(d -> {
				d.statement = true;
				if (q.organizationId() != null) {
					d.affiliations.add(new Link(q.organizationId(), q.title(), List.of(sourceId)));
				}
			});
			spoke.add(q.personId());
		}
		String author = reading.source().author();
		if (author != null && idsByName.containsKey(NameKey.of(author))) {
			String id = idsByName.get(NameKey.of(author));
			draft(drafts, byId, id).ifPresent(d -> d.authored = true);
			spoke.add(id);
		}
		for (ReportReading.Mention m : reading.mentions()) {
			if (m.actorId() != null && !"PROGRAM".equals(m.kind()) && !spoke.contains(m.actorId())) {
				draft(drafts, byId, m.actorId()).ifPresent(d -> d.mentioned = true);
			}
		}
		List<ActorRecord> actors = drafts.values().stream().map(d -> d.record(sourceId)).toList();
		return new ReferenceRecords(List.of(reading.source()), List.of(), actors);
	}

	private static Optional<Draft> draft(Map<String, Draft> drafts, Map<String, Gazetteer.KnownActor> known,
			String id) {
		if (drafts.containsKey(id)) {
			return Optional.of(drafts.get(id));
		}
		Gazetteer.KnownActor a = known.get(id);
		if (a == null) {
			return Optional.empty();
		}
		Draft d = new Draft(id, a.kind(), a.name());
		drafts.put(id, d);
		return Optional.of(d);
	}

	/** One actor's record as the report gives it. */
	private static final class Draft {

		final String id;

		final String kind;

		final String name;

		final Set<String> aliases = new LinkedHashSet<>();

		final List<Link> affiliations = new ArrayList<>();

		final List<Link> offices = new ArrayList<>();

		String title;

		boolean statement;

		boolean mentioned;

		boolean authored;

		Draft(String id, String kind, String name) {
			this.id = id;
			this.kind = kind;
			this.name = name;
		}

		ActorRecord record(String sourceId) {
			List<Link> links = new ArrayList<>(this.affiliations);
			links.addAll(this.offices);
			return new ActorRecord(this.id, this.kind, this.name, List.copyOf(this.aliases), null, null, null, null,
					null, null, null, this.title, List.of(sourceId), links,
					this.statement ? List.of(sourceId) : List.of(), this.mentioned ? List.of(sourceId) : List.of(),
					this.authored ? List.of(sourceId) : List.of());
		}
	}
}
