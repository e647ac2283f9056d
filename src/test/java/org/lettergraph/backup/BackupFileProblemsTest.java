package org.lettergraph.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Restoring from a file that is wrong: every problem is refused with a message naming the line, and the database is
 * left empty, also when the database itself refuses a batch after earlier batches went in. The fixture is a small
 * backup written here by hand.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = "lettergraph.bundled-data=false")
@DirtiesContext
class BackupFileProblemsTest {

	static final String HEADER = "{\"format\":\"lettergraph-backup\",\"version\":1,\"exportedAt\":\"2025-01-01T00:00Z\"}";

	static final String ORG = "{\"node\":{\"labels\":[\"Actor\",\"Organization\"],\"properties\":{\"id\":\"org:a\",\"name\":\"A\",\"aliases\":[\"AA\",\"A Inc\"],\"createdAt\":{\"datetime\":\"2025-01-02T03:04:05.123456Z\"}}}}";

	static final String ORG2 = "{\"node\":{\"labels\":[\"Actor\",\"Organization\"],\"properties\":{\"id\":\"org:b\",\"name\":\"B\",\"aliases\":[]}}}";

	static final String LETTER = "{\"node\":{\"labels\":[\"Letter\"],\"properties\":{\"id\":\"letter:x\",\"title\":\"X\",\"date\":{\"date\":\"2024-11-15\"},\"titleIsDescriptive\":false,\"reportedSignerCount\":2}}}";

	static final String MARKER = "{\"node\":{\"labels\":[\"__LettergraphDataset\"],\"properties\":{\"name\":\"bundled\",\"checksum\":\"abc\"}}}";

	static final String SIGNED = "{\"relationship\":{\"type\":\"SIGNED\",\"from\":\"org:a\",\"to\":\"letter:x\",\"properties\":{\"role\":\"LEAD\",\"position\":1,\"score\":0.5}}}";

	static final String END = "{\"end\":{\"nodes\":4,\"relationships\":1}}";

	@Autowired
	GraphBackup backup;

	@Autowired
	Driver driver;

	@TempDir
	Path dir;

	@AfterEach
	void databaseIsStillEmptyOrCleared() {
		try (var session = this.driver.session()) {
			session.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n")
				.consume();
		}
	}

	private long dataNodes() {
		try (var session = this.driver.session()) {
			return session.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') "
					+ "RETURN count(n) AS n").single().get("n").asLong();
		}
	}

	private Path file(String... lines) throws Exception {
		Path file = this.dir.resolve("backup-" + System.nanoTime() + ".jsonl");
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return file;
	}

	private void refused(Path file, String... words) {
		assertThatThrownBy(() -> this.backup.restore(file)).isInstanceOf(BackupException.class)
			.message()
			.contains(words);
		assertThat(dataNodes()).as("nothing half-written").isZero();
	}

	@Test
	void aGoodFileIsRestoredWithItsTypes() throws Exception {
		GraphBackup.Counts counts = this.backup.restore(file(HEADER, ORG, ORG2, LETTER, MARKER, SIGNED, END));
		assertThat(counts).isEqualTo(new GraphBackup.Counts(4, 1));
		try (var session = this.driver.session()) {
			var row = session.run("""
					MATCH (a:Actor:Organization {id: 'org:a'})-[s:SIGNED]->(l:Letter {id: 'letter:x'})
					MATCH (b:Organization {id: 'org:b'}), (d:__LettergraphDataset)
					RETURN a, s, l, b, d""").single();
			assertThat(row.get("a").get("createdAt").type().name()).isEqualTo("DATE_TIME");
			assertThat(row.get("a").get("createdAt").asZonedDateTime().getNano()).isEqualTo(123_456_000);
			assertThat(row.get("a").get("aliases").asList()).containsExactly("AA", "A Inc");
			assertThat(row.get("b").get("aliases").asList()).isEmpty();
			assertThat(row.get("l").get("date").type().name()).isEqualTo("DATE");
			assertThat(row.get("l").get("titleIsDescriptive").type().name()).isEqualTo("BOOLEAN");
			assertThat(row.get("l").get("reportedSignerCount").type().name()).isEqualTo("INTEGER");
			assertThat(row.get("s").get("position").type().name()).isEqualTo("INTEGER");
			assertThat(row.get("s").get("score").type().name()).isEqualTo("FLOAT");
			assertThat(row.get("d").get("checksum").asString()).isEqualTo("abc");
		}
		// a second restore into what is now a database with data is refused, and changes nothing
		assertThatThrownBy(() -> this.backup.restore(file(HEADER, ORG, END.replace("4", "1").replace("\"relationships\":1", "\"relationships\":0"))))
			.isInstanceOf(GraphBackup.NotEmptyException.class)
			.hasMessageContaining("already holds lettergraph data (4 nodes)");
		assertThat(dataNodes()).isEqualTo(4);
	}

	@Test
	void aTruncatedFileIsRefusedNamingItsLastLine() throws Exception {
		String whole = String.join("\n", HEADER, ORG, ORG2, LETTER, MARKER, SIGNED, END);
		// cut in the middle of the relationship line (line 6)
		Path cut = this.dir.resolve("cut.jsonl");
		Files.writeString(cut, whole.substring(0, whole.indexOf(SIGNED) + SIGNED.length() / 2));
		refused(cut, "line 6", "not a complete JSON line", "truncated");
		// cut at a line boundary: the closing line is missing
		refused(file(HEADER, ORG, ORG2, LETTER, MARKER, SIGNED), "line 6", "ends without its closing line");
		// the closing line's counts disagree with what came before it
		refused(file(HEADER, ORG, ORG2, LETTER, SIGNED, END), "line 6", "closing line counts 4 nodes");
		refused(file(), "is empty");
	}

	@Test
	void labelsTypesAndValuesOutsideTheSchemaAreRefusedNamingTheLine() throws Exception {
		refused(file(HEADER, ORG, ORG.replace("\"Organization\"", "\"Organization`) DETACH DELETE n //\"")
			.replace("org:a", "org:c"), END), "line 3", "label 'Organization`) DETACH DELETE n //' is not one of");
		refused(file(HEADER, ORG, LETTER, SIGNED.replace("SIGNED", "OWNS"), END), "line 4",
				"relationship type 'OWNS' is not one of");
		refused(file(HEADER, ORG, SIGNED, END), "line 3", "names a node that is not in the file before it");
		refused(file(HEADER, ORG, ORG, END), "line 3", "the id org:a is given to a second node");
		refused(file(HEADER, ORG, LETTER.replace("{\"date\":\"2024-11-15\"}", "{\"date\":\"2024-13-45\"}"), END),
				"line 3", "property 'date': not a valid date");
		refused(file(HEADER, ORG, LETTER.replace("\"reportedSignerCount\":2", "\"reportedSignerCount\":null"), END),
				"line 3", "'reportedSignerCount' is null");
		refused(file(HEADER, ORG, LETTER, SIGNED, ORG2, END), "line 5", "a node after the relationships");
		refused(file("{\"format\":\"something-else\"}", ORG, END), "line 1", "not a lettergraph backup");
		refused(file(HEADER, ORG, "{\"node\":{\"labels\":[\"Letter\"],\"properties\":{\"title\":\"no id\"}}}", END),
				"line 3", "needs an \"id\"");
		Path binary = this.dir.resolve("binary.jsonl");
		Files.write(binary, new byte[] { (byte) 0xC3, 0x28, 0x00, (byte) 0xFF });
		refused(binary, "not text in UTF-8");
	}

	@Test
	void whenTheDatabaseRefusesALaterBatchTheEarlierOnesAreRolledBackToo() throws Exception {
		// 1,500 organizations (two batches) go in first; then two lawmakers with one bioguide id break a constraint
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 0; i < 1500; i++) {
			lines.add(ORG2.replace("org:b", "org:b" + i));
		}
		lines.add("{\"node\":{\"labels\":[\"Actor\",\"Lawmaker\"],\"properties\":{\"id\":\"lawmaker:X1\",\"bioguideId\":\"X1\"}}}");
		lines.add("{\"node\":{\"labels\":[\"Actor\",\"Lawmaker\"],\"properties\":{\"id\":\"lawmaker:X1-again\",\"bioguideId\":\"X1\"}}}");
		lines.add("{\"end\":{\"nodes\":1502,\"relationships\":0}}");
		refused(file(lines.toArray(String[]::new)), "the database refused a batch", "Nothing was restored");
	}
}
