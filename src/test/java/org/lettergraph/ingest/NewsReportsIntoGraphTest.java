package org.lettergraph.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.legislators.LegislatorsFolder;
import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.names.NameKey;
import org.lettergraph.support.Editors;
import org.lettergraph.support.FixtureGraphTestSupport;
import org.lettergraph.support.GraphDump;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The acceptance: into a graph holding only the November 2024 letter, the lawmaker data and the project's
 * program vocabulary (the names of the six programs, without any fact about them), the four news stories of
 * ../shared/seeds (000–003) are ingested one by one and confirmed as proposed; the result is compared with the
 * bundled dataset fact by fact. The test prints the share of bundled facts recovered, each fact not recovered and
 * each fact added that the bundled graph does not hold.
 * <p>
 * What the caller gives is what the documents do not print: the stored copies of 000 and 001 have no headline and
 * no date, and 000 and 003 do not name their publisher in a way a reader can take. For those fields (listed per
 * story below) the test passes the bundled source's values, as an analyst would type them, and counts them apart
 * from what was read.
 * <p>
 * Measured when written: 60 of 60 bundled facts read from the text (100%), none added; the bounds below are set
 * a little looser, so a change that loses a fact or two fails only when it loses more.
 */
@FixtureGraphTestSupport
@DirtiesContext
class NewsReportsIntoGraphTest {

	/** The share of bundled facts (not given by the caller) that must be recovered; measured 100% when written. */
	static final double FLOOR = 0.95;

	/** Facts added that the bundled graph does not hold: at most this many (measured 0 when written). */
	static final int MAX_ADDED = 1;

	private static final List<Seed> SEEDS = List.of(new Seed("000_6e0d01e2532aac75.txt", Set.of("title", "publisher", "year")),
			new Seed("001_6ee415760ebf4a44.txt", Set.of("title", "publisher", "year")),
			new Seed("002_bf710355c6824803.txt", Set.of()), new Seed("003_d735ff75ace50038.txt", Set.of("date")));

	/** A seed story and the fields of its source the caller gives because the stored copy does not print them. */
	record Seed(String file, Set<String> given) {
	}

	@Autowired
	HttpGraphQlTester graphQl;

	@Autowired
	Neo4jClient client;

	@Autowired
	LetterIngest letters;

	@Autowired
	ReferenceWriter references;

	@Autowired
	RecordReader records;

	@Test
	void recoversTheBundledFactsOfTheThreeNewsReportedLetters() throws IOException {
		String seeds = System.getProperty("lettergraph.seeds");
		assumeTrue(seeds != null, "system property lettergraph.seeds is not set (surefire sets it)");
		assumeTrue(Files.isRegularFile(Path.of(seeds, SEEDS.get(0).file())), "no seed stories in " + seeds);
		Path legislators = LegislatorsFolder.require();
		HttpGraphQlTester editor = Editors.signedIn(this.graphQl);

		ReferenceRecords bundled = this.records.reference(resource("dataset/reference.yaml"), "reference.yaml");
		List<LetterRecord> bundledLetters = new ArrayList<>();
		for (String name : List.of("2021-02-12-end-287g-secure-communities-detainers.yaml",
				"2021-03-15-phase-out-ice-usms-jail-contracts.yaml", "2021-03-17-leap-end-287g-and-ice-detainers.yaml")) {
			bundledLetters.add(this.records.letter(resource("dataset/letters/" + name), name));
		}

		// The graph: the November 2024 letter, the lawmakers, the program names.
		this.client.query("MATCH (n) WHERE n:Actor OR n:Letter OR n:Program OR n:Source DETACH DELETE n").run();
		assertThat(this.letters.ingest(LetterIngest.Format.LEGISLATORS,
				Files.readString(legislators.resolve("legislators-current.yaml")), "legislators-current.yaml", false)
			.problems()).isEmpty();
		assertThat(this.letters.ingest(LetterIngest.Format.TEXT, SeedTexts.novemberLetter(), "004", false).problems())
			.isEmpty();
		this.references.write(new ReferenceRecords(List.of(), bundled.programs()
			.stream()
			.map(p -> new ReferenceRecords.ProgramRecord(p.id(), p.name(), p.aliases(), null, List.of(), List.of()))
			.toList(), List.of()));

		// The four stories, one by one: a dry run, then confirmed as proposed.
		Map<String, String> sourceOf = new LinkedHashMap<>();
		for (Seed seed : SEEDS) {
			String location = "shared/seeds/" + seed.file();
			SourceRecord held = bundled.sources().stream().filter(s -> location.equals(s.location())).findFirst()
				.orElseThrow();
			Map<String, Object> input = new LinkedHashMap<>();
			input.put("text", Files.readString(Path.of(seeds, seed.file()), StandardCharsets.UTF_8));
			input.put("location", location);
			if (seed.given().contains("title")) {
				input.put("title", held.title());
			}
			if (seed.given().contains("publisher")) {
				input.put("publisher", held.publisher());
			}
			if (seed.given().contains("date")) {
				input.put("date", held.date().toString());
			}
			if (seed.given().contains("year")) {
				input.put("year", Integer.parseInt(held.id().substring("source:".length(), "source:".length() + 4)));
			}
			input.put("dryRun", true);
			var dry = editor.document(MUTATION).variable("input", input).execute();
			dry.path("ingestSource.errors").entityList(Object.class).hasSize(0);
			String proposedId = dry.path("ingestSource.source.id").entity(String.class).get();
			input.put("dryRun", false);
			var real = editor.document(MUTATION).variable("input", input).execute();
			real.path("ingestSource.errors").entityList(Object.class).hasSize(0);
			String id = real.path("ingestSource.source.id").entity(String.class).get();
			assertThat(id).isEqualTo(proposedId);
			sourceOf.put(held.id(), id);
			System.out.println("ingested " + seed.file() + " as " + id + ": "
					+ real.path("ingestSource.letters[*].letterId").entityList(String.class).get() + " matched "
					+ real.path("ingestSource.letters[*].matchedLetterId").entityList(String.class).get());
			real.path("ingestSource.warnings").entityList(String.class).get().forEach(w -> System.out.println("  " + w));
		}

		// The same story again changes nothing.
		List<String> before = GraphDump.of(this.client, Set.of());
		Seed again = SEEDS.get(3);
		SourceRecord heldAgain = bundled.sources().stream()
			.filter(s -> ("shared/seeds/" + again.file()).equals(s.location())).findFirst().orElseThrow();
		editor.document(MUTATION)
			.variable("input", Map.of("text", Files.readString(Path.of(seeds, again.file())), "location",
					"shared/seeds/" + again.file(), "date", heldAgain.date().toString()))
			.execute()
			.path("ingestSource.errors").entityList(Object.class).hasSize(0);
		assertThat(GraphDump.difference(before, GraphDump.of(this.client, Set.of()))).isEmpty();

		Comparison c = compare(bundled, bundledLetters, sourceOf);
		System.out.printf("Recovered %d of %d bundled facts read from the stories (%.0f%%); %d given by the caller.%n",
				c.recovered.size(), c.recovered.size() + c.missed.size(),
				100.0 * c.recovered.size() / (c.recovered.size() + c.missed.size()), c.given.size());
		c.given.forEach(f -> System.out.println("  given: " + f));
		c.missed.forEach(f -> System.out.println("  not recovered: " + f));
		c.added.forEach(f -> System.out.println("  added, not in the bundled graph: " + f));
		assertThat((double) c.recovered.size() / (c.recovered.size() + c.missed.size())).isGreaterThanOrEqualTo(FLOOR);
		assertThat(c.added).hasSizeLessThanOrEqualTo(MAX_ADDED);
	}

	private static final String MUTATION = """
			mutation($input: IngestSourceInput!) { ingestSource(input: $input) {
			  source { id title publisher date author location dateline }
			  letters { matchedLetterId letterId score reasons written }
			  quoted { name title organization organizationId }
			  proposals { name kind reason id candidateId }
			  warnings errors { message line } dryRun } }""";

	/** Facts recovered, not recovered (with why), given by the caller, and added. */
	private static final class Comparison {

		final List<String> recovered = new ArrayList<>();

		final List<String> missed = new ArrayList<>();

		final List<String> given = new ArrayList<>();

		final List<String> added = new ArrayList<>();

		void check(String fact, boolean ok, String why) {
			if (ok) {
				this.recovered.add(fact);
			}
			else {
				this.missed.add(fact + " (" + why + ")");
			}
		}
	}

	private Comparison compare(ReferenceRecords bundled, List<LetterRecord> bundledLetters,
			Map<String, String> sourceOf) {
		Comparison c = new Comparison();
		Set<String> ourSources = new LinkedHashSet<>(sourceOf.values());
		// Sources: title, publisher, date.
		for (Map.Entry<String, String> e : sourceOf.entrySet()) {
			SourceRecord held = bundled.sources().stream().filter(s -> s.id().equals(e.getKey())).findFirst().orElseThrow();
			Seed seed = SEEDS.stream().filter(s -> held.location().endsWith(s.file())).findFirst().orElseThrow();
			Map<String, Object> ours = one("MATCH (s:Source {id: $id}) RETURN s.title AS title, s.publisher AS publisher, "
					+ "s.date AS date", Map.of("id", e.getValue()));
			sourceFact(c, seed, "title", held.id(), held.title(), ours.get("title"));
			sourceFact(c, seed, "publisher", held.id(), held.publisher(), ours.get("publisher"));
			if (held.date() != null) {
				sourceFact(c, seed, "date", held.id(), held.date(), ours.get("date"));
			}
			else if (ours.get("date") != null) {
				c.added.add(held.id() + " dated " + ours.get("date"));
			}
		}
		// Letters: each bundled news letter is the letter of ours that the first of its sources reports.
		Set<String> ourLettersSeen = new LinkedHashSet<>();
		for (LetterRecord b : bundledLetters) {
			String label = b.id();
			String ours = null;
			for (String s : b.sources()) {
				List<Map<String, Object>> candidates = all("MATCH (l:Letter)-[:REPORTED_IN]->(:Source {id: $s}) "
						+ "RETURN l.id AS id, l.date AS date", Map.of("s", sourceOf.getOrDefault(s, "none")));
				for (Map<String, Object> candidate : candidates) {
					String id = (String) candidate.get("id");
					if (ours == null && overlap(b, id)) {
						ours = id;
					}
				}
			}
			if (ours == null) {
				c.missed.add(label + ": the whole letter (no letter of ours reported by its sources shares its parties)");
				continue;
			}
			ourLettersSeen.add(ours);
			Map<String, Object> l = one("MATCH (l:Letter {id: $id}) RETURN l.date AS date", Map.of("id", ours));
			c.check(label + " date " + b.date(), Objects.equals(b.date(), l.get("date")), "ours: " + l.get("date"));
			facts(c, label, "lead", ids(b.leads()), ids("MATCH (a:Actor)-[:SIGNED {role: 'LEAD'}]->(:Letter {id: $id}) "
					+ "RETURN a.id AS id", ours));
			facts(c, label, "endorser", ids(b.endorsers()),
					ids("MATCH (a:Actor)-[:ENDORSED]->(:Letter {id: $id}) RETURN a.id AS id", ours));
			facts(c, label, "addressee", ids(b.addressees()),
					ids("MATCH (:Letter {id: $id})-[:ADDRESSED_TO]->(a:Actor) RETURN a.id AS id", ours));
			Map<String, String> asks = new LinkedHashMap<>();
			all("MATCH (:Letter {id: $id})-[c:CONCERNS]->(p:Program) RETURN p.id AS id, c.ask AS ask", Map.of("id", ours))
				.forEach(r -> asks.put((String) r.get("id"), (String) r.get("ask")));
			for (LetterRecord.ProgramAsk p : b.programs()) {
				String ask = asks.remove(p.program());
				c.check(label + " program " + p.program(), ask != null, "not attached");
				if (ask != null) {
					c.check(label + " ask for " + p.program() + " '" + p.ask() + "'", sameAsk(p.ask(), ask),
							"ours: '" + ask + "'");
				}
			}
			asks.forEach((program, ask) -> c.added.add(label + " program " + program + " (" + ask + ")"));
			for (LetterRecord.Report r : b.reports()) {
				String ourSource = sourceOf.get(r.source());
				Map<String, Object> edge = one("MATCH (:Letter {id: $id})-[e:REPORTED_IN]->(:Source {id: $s}) "
						+ "RETURN e.signerCount AS count, e.signerCountQualifier AS qualifier",
						Map.of("id", ours, "s", String.valueOf(ourSource)));
				c.check(label + " reported by " + r.source() + " as " + r.signerCount() + " " + r.signerCountQualifier(),
						Objects.equals(edge.get("count"), r.signerCount().longValue())
								&& Objects.equals(edge.get("qualifier"), r.signerCountQualifier()),
						edge.isEmpty() ? "no REPORTED_IN from that source" : "ours: " + edge);
			}
		}
		all("MATCH (l:Letter)-[:REPORTED_IN]->(s:Source) WHERE s.id IN $ids RETURN DISTINCT l.id AS id",
				Map.of("ids", List.copyOf(ourSources)))
			.stream().map(r -> (String) r.get("id")).filter(id -> !ourLettersSeen.contains(id))
			.forEach(id -> c.added.add("a letter the bundled graph does not hold: " + id));
		// People quoted: STATEMENT_IN each source, AFFILIATED_WITH the organization with the title.
		for (ActorRecord person : bundled.actors()) {
			if (person.statements().isEmpty()) {
				continue;
			}
			String id = personId(person);
			for (String s : person.statements()) {
				boolean said = id != null && !all("MATCH (:Person {id: $id})-[:STATEMENT_IN]->(:Source {id: $s}) RETURN 1 AS x",
						Map.of("id", id, "s", String.valueOf(sourceOf.get(s)))).isEmpty();
				c.check(person.name() + " quoted in " + s, said, (id == null) ? "no such person" : "no STATEMENT_IN");
			}
			for (ReferenceRecords.Link a : person.affiliations()) {
				Map<String, Object> edge = (id == null) ? Map.of() : one("MATCH (:Person {id: $id})-[f:AFFILIATED_WITH]->"
						+ "(:Organization {id: $org}) RETURN f.title AS title", Map.of("id", id, "org", a.target()));
				c.check(person.name() + " affiliated with " + a.target(), !edge.isEmpty(), "no AFFILIATED_WITH");
				if (!edge.isEmpty()) {
					c.check(person.name() + " title '" + a.title() + "'", a.title().equals(edge.get("title")),
							"ours: '" + edge.get("title") + "'");
				}
			}
		}
		all("MATCH (p:Person)-[:STATEMENT_IN]->(s:Source) WHERE s.id IN $ids RETURN p.id AS id, p.name AS name",
				Map.of("ids", List.copyOf(ourSources)))
			.forEach(r -> {
				boolean held = bundled.actors().stream().anyMatch(a -> !a.statements().isEmpty()
						&& (a.id().equals(r.get("id")) || NameKey.of(a.name()).equals(NameKey.of((String) r.get("name")))));
				if (!held) {
					c.added.add("a person quoted the bundled graph does not hold: " + r.get("name"));
				}
			});
		return c;
	}

	private static void sourceFact(Comparison c, Seed seed, String field, String source, Object held, Object ours) {
		String fact = source + " " + field + " '" + held + "'";
		String key = field.equals("date") && seed.given().contains("year") ? "year" : field;
		if (seed.given().contains(key)) {
			c.given.add(fact);
			return;
		}
		c.check(fact, Objects.equals(String.valueOf(held), String.valueOf(ours)), "ours: '" + ours + "'");
	}

	/** Whether our letter shares at least one party with the bundled one (the same letter, not another one). */
	private boolean overlap(LetterRecord b, String ours) {
		Set<String> theirs = new LinkedHashSet<>();
		Stream.of(b.leads(), b.endorsers(), b.addressees()).flatMap(List::stream).forEach(p -> theirs.add(p.id()));
		List<String> parties = ids("MATCH (a:Actor)-[:SIGNED|ENDORSED]->(:Letter {id: $id}) RETURN a.id AS id "
				+ "UNION MATCH (:Letter {id: $id})-[:ADDRESSED_TO]->(a:Actor) RETURN a.id AS id", ours);
		Set<String> programs = new LinkedHashSet<>(ids("MATCH (:Letter {id: $id})-[:CONCERNS]->(p:Program) RETURN p.id AS id", ours));
		boolean sharesProgram = b.programs().stream().anyMatch(p -> programs.contains(p.program()));
		return sharesProgram && parties.stream().anyMatch(theirs::contains);
	}

	/** The same ask in other words counts: "end their use" and "terminate" both end a program. */
	private static boolean sameAsk(String held, String ours) {
		return family(held).equals(family(ours));
	}

	private static String family(String ask) {
		String a = ask.toLowerCase(java.util.Locale.ROOT);
		if (a.startsWith("phase out") || a.startsWith("phase-out")) {
			return "phase out";
		}
		if (a.startsWith("end") || a.startsWith("terminate") || a.startsWith("eliminate") || a.startsWith("abolish")
				|| a.startsWith("stop")) {
			return "end";
		}
		return a;
	}

	private static void facts(Comparison c, String letter, String role, Collection<String> held, Collection<String> ours) {
		for (String id : held) {
			c.check(letter + " " + role + " " + id, ours.contains(id), "ours: " + ours);
		}
		ours.stream().filter(id -> !held.contains(id)).forEach(id -> c.added.add(letter + " " + role + " " + id));
	}

	private String personId(ActorRecord person) {
		Map<String, Object> byId = one("MATCH (p:Person {id: $id}) RETURN p.id AS id", Map.of("id", person.id()));
		return byId.isEmpty() ? null : (String) byId.get("id");
	}

	private static List<String> ids(List<Participant> participants) {
		return participants.stream().map(Participant::id).toList();
	}

	private List<String> ids(String cypher, String letterId) {
		return all(cypher, Map.of("id", letterId)).stream().map(r -> (String) r.get("id")).toList();
	}

	private List<Map<String, Object>> all(String cypher, Map<String, Object> parameters) {
		return List.copyOf(this.client.query(cypher).bindAll(parameters).fetch().all());
	}

	private Map<String, Object> one(String cypher, Map<String, Object> parameters) {
		return this.client.query(cypher).bindAll(parameters).fetch().one().orElse(Map.of());
	}

	private static String resource(String path) throws IOException {
		return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
	}
}
