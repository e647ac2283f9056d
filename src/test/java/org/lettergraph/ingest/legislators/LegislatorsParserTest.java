package org.lettergraph.ingest.legislators;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LegislatorsParserTest {

	private final LegislatorsParser parser = new LegislatorsParser();

	@Test
	void everyFactComesFromTheLastTerm() {
		List<Legislator> all = fixture("small-legislators.yaml");

		assertThat(all).extracting(Legislator::bioguideId)
			.containsExactly("T000001", "T000002", "T000003", "T000004", "T000005");
		Legislator marsh = all.get(0);
		assertThat(marsh.id()).isEqualTo("lawmaker:T000001");
		assertThat(marsh.name()).isEqualTo("Theodora Q. Marsh");
		assertThat(marsh.chamber()).isEqualTo("SENATE");
		assertThat(marsh.state()).isEqualTo("OR");
		assertThat(marsh.party()).isEqualTo("Democrat");
		assertThat(marsh.district()).as("senators have no district, even after serving one in the House").isNull();
		Legislator atLarge = all.get(2);
		assertThat(atLarge.chamber()).isEqualTo("HOUSE");
		assertThat(atLarge.district()).isZero();
	}

	@Test
	void nameFallsBackToFirstAndLastWithoutOfficialFull() {
		assertThat(fixture("small-legislators.yaml").get(4).name()).isEqualTo("Dana Okafor");
	}

	@Test
	void aliasesGiveNicknamesAndTitledFormsOnlyWhereUnambiguous() {
		List<Legislator> all = fixture("small-legislators.yaml");

		assertThat(all.get(0).aliases()).containsExactly("Theodora Marsh", "Teddy Marsh", "Sen. Teddy Marsh",
				"Sen. Theodora Marsh");
		assertThat(all.get(0).aliases()).as("two senators are called Marsh").doesNotContain("Sen. Marsh");
		assertThat(all.get(2).aliases()).contains("Rep. Lucia Van Horne", "Rep. Van Horne");
		assertThat(all.get(3).aliases()).contains("Samuel Okafor", "Rep. Samuel Okafor").doesNotContain("Rep. Okafor");
	}

	@Test
	void referenceRecordsCiteTheDataset() {
		ReferenceRecords records = this.parser.parse(resource("small-legislators.yaml"), "small-legislators.yaml");

		assertThat(records.sources()).singleElement().satisfies(source -> {
			assertThat(source.id()).isEqualTo("source:congress-legislators");
			assertThat(source.kind()).isEqualTo("DATASET");
		});
		assertThat(records.actors()).hasSize(5).allSatisfy(actor -> {
			assertThat(actor.kind()).isEqualTo("LAWMAKER");
			assertThat(actor.id()).isEqualTo("lawmaker:" + actor.bioguideId());
			assertThat(actor.sources()).containsExactly("source:congress-legislators");
		});
		assertThat(records.actors().get(1)).extracting(ActorRecord::name, ActorRecord::party, ActorRecord::state,
				ActorRecord::chamber)
			.containsExactly("Russell Marsh", "Republican", "KS", "SENATE");
	}

	@Test
	void executiveTermsMakeOfficials() {
		ReferenceRecords records = this.parser.parse(resource("small-executive.yaml"), "small-executive.yaml");

		assertThat(records.actors()).extracting(ActorRecord::id)
			.containsExactly("official:ambrose-whitfield", "official:peggy-calloway");
		ActorRecord calloway = records.actors().get(1);
		assertThat(calloway.kind()).isEqualTo("OFFICIAL");
		assertThat(calloway.name()).isEqualTo("Peggy Calloway");
		assertThat(calloway.aliases()).containsExactly("Margaret Calloway");
		assertThat(calloway.title()).isEqualTo("President of the United States");
		assertThat(calloway.bioguideId()).isEqualTo("T100002");
	}

	@Test
	void anOfficialMayLackABioguideId() {
		String yaml = """
				- id: {govtrack: 7}
				  name: {first: Elias, last: Brandt}
				  terms: [{type: prez, start: '1850-03-04', end: '1853-03-04', party: Whig}]
				""";
		assertThat(parse(yaml).actors()).singleElement().satisfies(brandt -> {
			assertThat(brandt.id()).isEqualTo("official:elias-brandt");
			assertThat(brandt.bioguideId()).isNull();
		});
	}

	@Test
	void servingSinceLeavesOutThoseLongGone() {
		ReferenceRecords records = this.parser.parse(resource("small-executive.yaml"), "small-executive.yaml",
				LocalDate.of(2000, 1, 1));

		assertThat(records.actors()).extracting(ActorRecord::name).containsExactly("Peggy Calloway");
	}

	@Test
	void emptyFile() {
		assertThatThrownBy(() -> parse("")).isInstanceOf(IngestException.class)
			.hasMessage("line 1: test.yaml is empty.");
	}

	@Test
	void notAList() {
		assertThatThrownBy(() -> parse("# a mapping\nid:\n  bioguide: X\n")).isInstanceOf(IngestException.class)
			.hasMessageContaining("line 2: test.yaml should be a list of people");
	}

	@Test
	void personWithoutBioguideNamesTheLine() {
		String yaml = """
				- id:
				    bioguide: T000009
				  name: {first: Ann, last: Lee}
				  terms: [{type: rep, start: '2025-01-03', end: '2027-01-03', state: NV, district: 1, party: Democrat}]
				- id:
				    govtrack: 5
				  name: {first: Bo, last: Ray}
				  terms: [{type: rep, start: '2025-01-03', end: '2027-01-03', state: NV, district: 2, party: Democrat}]
				""";
		assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IngestException.class)
			.hasMessage("line 5: test.yaml: Bo Ray has no id.bioguide.")
			.extracting(ex -> ((IngestException) ex).line())
			.isEqualTo(5);
	}

	@Test
	void unknownTermType() {
		String yaml = """
				- id: {bioguide: T000009}
				  name: {first: Ann, last: Lee}
				  terms: [{type: governor, start: '2025-01-03', end: '2027-01-03', state: NV}]
				""";
		assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IngestException.class)
			.hasMessageContaining("line 1:")
			.hasMessageContaining("type 'governor'");
	}

	@Test
	void brokenYamlNamesTheLine() {
		String yaml = "- id: {bioguide: T000009}\n  name: {first: Ann, last: Lee\n  terms: []\n";
		assertThatThrownBy(() -> parse(yaml)).isInstanceOf(IngestException.class)
			.hasMessageStartingWith("line 3: test.yaml is not valid congress-legislators YAML");
	}

	@Test
	void theRealCurrentLegislators() throws IOException {
		Path folder = LegislatorsFolder.require();
		List<Legislator> all;
		try (InputStream in = Files.newInputStream(folder.resolve("legislators-current.yaml"))) {
			all = this.parser.legislators(in, "legislators-current.yaml");
		}

		assertThat(all).hasSizeGreaterThan(500);
		assertThat(all).filteredOn(l -> l.bioguideId().equals("O000173")).singleElement().satisfies(omar -> {
			assertThat(omar.name()).isEqualTo("Ilhan Omar");
			assertThat(omar.party()).isEqualTo("Democrat");
			assertThat(omar.state()).isEqualTo("MN");
			assertThat(omar.chamber()).isEqualTo("HOUSE");
			assertThat(omar.district()).isEqualTo(5);
			assertThat(omar.aliases()).contains("Rep. Ilhan Omar", "Rep. Omar");
		});
		assertThat(all).filteredOn(l -> l.bioguideId().equals("S001145")).singleElement().satisfies(jan -> {
			assertThat(jan.name()).isEqualTo("Janice D. Schakowsky");
			assertThat(jan.aliases()).contains("Jan Schakowsky", "Rep. Schakowsky");
		});
		assertThat(all).filteredOn(l -> l.bioguideId().equals("K000367")).singleElement().satisfies(amy -> {
			assertThat(amy.chamber()).isEqualTo("SENATE");
			assertThat(amy.district()).isNull();
		});
		assertThat(all).filteredOn(l -> l.last().equals("Scott") && l.chamber().equals("SENATE"))
			.hasSizeGreaterThan(1)
			.allSatisfy(scott -> assertThat(scott.aliases()).doesNotContain("Sen. Scott"));
	}

	@Test
	void theRealExecutiveFile() throws IOException {
		Path folder = LegislatorsFolder.require();
		ReferenceRecords records;
		try (InputStream in = Files.newInputStream(folder.resolve("executive.yaml"))) {
			records = this.parser.parse(in, "executive.yaml", LocalDate.of(2021, 1, 1));
		}

		assertThat(records.actors()).filteredOn(a -> "B000444".equals(a.bioguideId()))
			.singleElement()
			.satisfies(biden -> {
				assertThat(biden.id()).isEqualTo("official:joe-biden");
				assertThat(biden.name()).isEqualTo("Joe Biden");
				assertThat(biden.title()).isEqualTo("President of the United States");
			});
	}

	private List<Legislator> fixture(String name) {
		return this.parser.legislators(resource(name), name);
	}

	private ReferenceRecords parse(String yaml) {
		return this.parser.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
	}

	private static InputStream resource(String name) {
		return LegislatorsParserTest.class.getResourceAsStream(name);
	}
}
