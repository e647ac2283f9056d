package org.lettergraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a {@link LoadRun} sends, as GraphQL over HTTP: the organizers' reads (a letter with its signers, co-signers,
 * letters in a date window, a shortest path, a search) about letters and actors found in the graph first, and
 * made-up sign-on letters through {@code ingestLetter}. The letters are deterministic for a run id and share a
 * small pool of signing groups so that concurrent writes touch the same nodes.
 */
final class LoadRequests {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Signing groups the made-up letters draw from: few enough that concurrent letters share signers. */
	private static final List<String> FIRST = List.of("Harbor", "Prairie", "Granite", "Juniper", "Lantern", "Meadow",
			"Orchard", "Summit");

	private static final List<String> SECOND = List.of("Tenants Union", "Workers Center", "Faith Network",
			"Legal Aid Society", "Youth Alliance", "Farmworker Project");

	private static final String READ_LETTER = """
			query($id: ID!) { letter(id: $id) { id title date
			  signers(first: 100) { totalCount edges { role node { id name letterCount } } } } }""";

	private static final String READ_CO_SIGNERS = """
			query($id: ID!) { coSigners(actorId: $id, first: 20) { count actor { id name } } }""";

	private static final String READ_LETTERS = """
			query($from: Date, $to: Date) { letters(where: {from: $from, to: $to}, first: 50) {
			  totalCount edges { node { id title date } } } }""";

	private static final String READ_PATH = """
			query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length steps { id } } }""";

	private static final String READ_SEARCH = """
			query($text: String!) { search(text: $text, first: 10) { id name kind } }""";

	private static final String WRITE = """
			mutation($record: String!) { ingestLetter(input: {record: $record}) {
			  letter { id signers(first: 1) { totalCount } } errors { message } } }""";

	private static final String CHECK = """
			query($id: ID!) { letter(id: $id) { signers(first: 1) { totalCount } } }""";

	private final URI graphql;

	private final String runId;

	private final String authorization;

	private final HttpClient http;

	private Targets targets;

	private LoadRequests(LoadRun.Settings settings) {
		this.graphql = settings.graphql();
		this.runId = settings.runId();
		this.authorization = settings.authorization();
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	/**
	 * Requests for this run, with the letters and actors the reads ask about read from the graph.
	 * @throws IllegalStateException when the graph holds too little to read from
	 */
	static LoadRequests start(LoadRun.Settings settings) throws IOException, InterruptedException {
		LoadRequests requests = new LoadRequests(settings);
		requests.targets = requests.targets();
		return requests;
	}

	/** Ids the reads ask about, found in the graph before the run. */
	private record Targets(List<String> letters, List<String> actors) {
	}

	private Targets targets() throws IOException, InterruptedException {
		JsonNode page = post("""
				{ letters(first: 50) { edges { node { id signers(first: 20) { edges { node { id } } } } } } }""",
				Map.of()).path("letters").path("edges");
		List<String> letters = new ArrayList<>();
		List<String> actors = new ArrayList<>();
		for (JsonNode edge : page) {
			letters.add(edge.path("node").path("id").asText());
			for (JsonNode signer : edge.path("node").path("signers").path("edges")) {
				String id = signer.path("node").path("id").asText();
				if (!actors.contains(id)) {
					actors.add(id);
				}
			}
		}
		if (letters.isEmpty() || actors.size() < 2) {
			throw new IllegalStateException("The graph at " + this.graphql
					+ " holds too little to read from: load a dataset first.");
		}
		return new Targets(letters, actors);
	}

	/** One of the organizers' reads, chosen by {@code random}, about letters and actors of the graph. */
	void read(Random random) throws IOException, InterruptedException {
		Targets targets = this.targets;
		String letter = targets.letters().get(random.nextInt(targets.letters().size()));
		String actor = targets.actors().get(random.nextInt(targets.actors().size()));
		String other = targets.actors().get(random.nextInt(targets.actors().size()));
		while (other.equals(actor)) {
			other = targets.actors().get(random.nextInt(targets.actors().size()));
		}
		switch (random.nextInt(5)) {
			case 0 -> post(READ_LETTER, Map.of("id", letter));
			case 1 -> post(READ_CO_SIGNERS, Map.of("id", actor));
			case 2 -> {
				int year = 2010 + random.nextInt(15);
				post(READ_LETTERS, Map.of("from", year + "-01-01", "to", (year + 2) + "-12-31"));
			}
			case 3 -> post(READ_PATH, Map.of("from", actor, "to", other));
			default -> post(READ_SEARCH, Map.of("text", FIRST.get(random.nextInt(FIRST.size())).substring(0, 4)));
		}
	}

	/** A letter the service acknowledged as written, and how many signed it. */
	record Written(String id, int signers) {
	}

	/** Writes made-up letter {@code index} of the run through {@code ingestLetter}. */
	Written write(int index) throws IOException, InterruptedException {
		Letter letter = letter(index);
		JsonNode payload = post(WRITE, Map.of("record", letter.record())).path("ingestLetter");
		if (payload.path("errors").size() > 0) {
			throw new IllegalStateException("ingest refused: " + payload.path("errors"));
		}
		return new Written(payload.path("letter").path("id").asText(), letter.signers());
	}

	/** A letter as the service now answers it, with its signers' total count (null or missing when absent). */
	JsonNode letter(String id) throws IOException, InterruptedException {
		return post(CHECK, Map.of("id", id)).path("letter");
	}

	/** A made-up sign-on letter: its record (JSON) and how many sign it. */
	private record Letter(String record, int signers) {
	}

	private Letter letter(int index) throws IOException {
		Random random = new Random(this.runId.hashCode() * 17L + index);
		List<String> names = new ArrayList<>();
		int count = 3 + random.nextInt(10);
		while (names.size() < count) {
			String name = FIRST.get(random.nextInt(FIRST.size())) + " " + SECOND.get(random.nextInt(SECOND.size()));
			if (!names.contains(name)) {
				names.add(name);
			}
		}
		String title = "Load run " + this.runId + " letter " + index;
		String date = LocalDate.of(2020, 1, 1).plusDays(index % 1500).toString();
		String source = "source:load-run-" + this.runId.toLowerCase(Locale.ROOT) + "-" + index;
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("title", title);
		record.put("date", date);
		record.put("sources", List.of(source));
		record.put("sourceDetails", List.of(Map.of("id", source, "title", title, "publisher", "lettergraph load run",
				"date", date, "kind", "LETTER")));
		record.put("signers", names);
		return new Letter(JSON.writeValueAsString(record), names.size());
	}

	private JsonNode post(String document, Map<String, Object> variables) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(this.graphql)
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", document, "variables", variables))));
		if (this.authorization != null) {
			request.header("Authorization", this.authorization);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
		}
		JsonNode body = JSON.readTree(response.body());
		if (body.path("errors").size() > 0) {
			throw new IllegalStateException("GraphQL errors: " + body.path("errors"));
		}
		return body.path("data");
	}
}
