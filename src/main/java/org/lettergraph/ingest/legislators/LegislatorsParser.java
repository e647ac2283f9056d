package org.lettergraph.ingest.legislators;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.names.NameKey;
import org.lettergraph.names.Slugs;

/**
 * Reads the congress-legislators YAML format ({@code legislators-current.yaml}, {@code executive.yaml}) one person
 * at a time, so the 1 MB file never sits in memory as a tree. Everything comes from a person's last term: a
 * {@code rep} or {@code sen} term makes a LAWMAKER, a {@code prez} or {@code viceprez} term an OFFICIAL.
 */
public final class LegislatorsParser {

	private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** The same source record the bundled dataset cites, so loading the files does not rename it. */
	public static SourceRecord source() {
		return new SourceRecord(Legislator.SOURCE_ID, "congress-legislators, legislators-current.yaml and executive.yaml",
				"the @unitedstates project (public domain)", null, null, "DATASET", null,
				"shared/data/congress-legislators/");
	}

	/** Lawmakers and officials of one file as reference records, with the dataset as their source. */
	public ReferenceRecords parse(InputStream in, String origin) {
		return parse(in, origin, null);
	}

	/**
	 * As {@link #parse(InputStream, String)}, leaving out people whose last term ended before
	 * {@code servingOnOrAfter} (executive.yaml reaches back to 1789).
	 */
	public ReferenceRecords parse(InputStream in, String origin, LocalDate servingOnOrAfter) {
		People people = read(in, origin, servingOnOrAfter);
		List<ActorRecord> actors = new ArrayList<>();
		people.lawmakers().forEach(l -> actors.add(l.toActor()));
		actors.addAll(people.officials());
		return new ReferenceRecords(List.of(source()), List.of(), actors);
	}

	/** Only the members of Congress of one file, with the name parts {@link LawmakerDirectory} uses. */
	public List<Legislator> legislators(InputStream in, String origin) {
		return read(in, origin, null).lawmakers();
	}

	private record People(List<Legislator> lawmakers, List<ActorRecord> officials) {
	}

	private People read(InputStream in, String origin, LocalDate since) {
		List<Entry> entries = new ArrayList<>();
		try (JsonParser parser = YAML.createParser(in)) {
			JsonToken first = parser.nextToken();
			if (first == null) {
				throw new IngestException(1, origin + " is empty.");
			}
			if (first != JsonToken.START_ARRAY) {
				throw new IngestException(line(parser), origin + " should be a list of people ('- id: …'), not "
						+ first.asString() + ".");
			}
			for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
				int line = line(parser);
				if (token != JsonToken.START_OBJECT) {
					throw new IngestException(line, origin + ": each entry should be a person with id, name and terms.");
				}
				Entry entry = YAML.readValue(parser, Entry.class);
				check(entry, line, origin);
				if (since == null || !entry.lastTerm().endDate(line, origin).isBefore(since)) {
					entries.add(entry);
				}
			}
		}
		catch (JsonProcessingException ex) {
			int line = (ex.getLocation() != null) ? ex.getLocation().getLineNr() : 0;
			throw new IngestException(Math.max(line, 1), origin + " is not valid congress-legislators YAML: "
					+ ex.getOriginalMessage());
		}
		catch (IOException ex) {
			throw new IngestException(origin + " cannot be read: " + ex.getMessage());
		}
		return people(entries);
	}

	private static int line(JsonParser parser) {
		return Math.max(1, parser.currentTokenLocation().getLineNr());
	}

	private static void check(Entry entry, int line, String origin) {
		if (entry.name() == null || entry.name().last() == null || entry.name().first() == null) {
			throw new IngestException(line, origin + ": a person without name.first or name.last.");
		}
		String who = entry.name().first() + " " + entry.name().last();
		if (entry.terms() == null || entry.terms().isEmpty()) {
			throw new IngestException(line, origin + ": " + who + " has no terms.");
		}
		String type = entry.lastTerm().type();
		if (!List.of("rep", "sen", "prez", "viceprez").contains(type)) {
			throw new IngestException(line, origin + ": " + who + "'s last term has type '" + type
					+ "'; expected rep, sen, prez or viceprez.");
		}
		// Some early presidents have no bioguide id; every member of Congress has one, and it is their graph id.
		boolean lawmaker = List.of("rep", "sen").contains(type);
		if (lawmaker && (entry.id() == null || entry.id().bioguide() == null || entry.id().bioguide().isBlank())) {
			throw new IngestException(line, origin + ": " + who + " has no id.bioguide.");
		}
		if (lawmaker && entry.lastTerm().state() == null) {
			throw new IngestException(line, origin + ": " + who + "'s last term names no state.");
		}
	}

	private static People people(List<Entry> entries) {
		// "Rep. Scott" is an alias only when one member of the House is called Scott.
		Map<String, Integer> surnames = new HashMap<>();
		for (Entry entry : entries) {
			surnames.merge(entry.chamber() + "|" + NameKey.of(entry.name().last()), 1, Integer::sum);
		}
		List<Legislator> lawmakers = new ArrayList<>();
		List<ActorRecord> officials = new ArrayList<>();
		for (Entry entry : entries) {
			if (entry.chamber() == null) {
				officials.add(official(entry));
			}
			else {
				boolean uniqueSurname = surnames.get(entry.chamber() + "|" + NameKey.of(entry.name().last())) == 1;
				lawmakers.add(lawmaker(entry, uniqueSurname));
			}
		}
		return new People(List.copyOf(lawmakers), List.copyOf(officials));
	}

	private static Legislator lawmaker(Entry entry, boolean uniqueSurname) {
		Name n = entry.name();
		Term term = entry.lastTerm();
		String name = (n.officialFull() != null) ? n.officialFull() : n.first() + " " + n.last();
		String prefix = "HOUSE".equals(entry.chamber()) ? "Rep. " : "Sen. ";
		Aliases aliases = new Aliases(name);
		aliases.add(n.first() + " " + n.last());
		if (n.nickname() != null) {
			aliases.add(n.nickname() + " " + n.last());
			aliases.add(prefix + n.nickname() + " " + n.last());
		}
		aliases.add(prefix + n.first() + " " + n.last());
		if (uniqueSurname) {
			aliases.add(prefix + n.last());
		}
		Integer district = "HOUSE".equals(entry.chamber()) ? term.district() : null;
		return new Legislator(entry.id().bioguide(), name, n.first(), n.nickname(), n.last(), term.party(),
				term.state(), entry.chamber(), district, aliases.list());
	}

	private static ActorRecord official(Entry entry) {
		Name n = entry.name();
		Term term = entry.lastTerm();
		String name = ((n.nickname() != null) ? n.nickname() : n.first()) + " " + n.last();
		Aliases aliases = new Aliases(name);
		aliases.add(n.first() + " " + n.last());
		if (n.officialFull() != null) {
			aliases.add(n.officialFull());
		}
		String title = "prez".equals(term.type()) ? "President of the United States"
				: "Vice President of the United States";
		String bioguide = (entry.id() != null) ? entry.id().bioguide() : null;
		return new ActorRecord("official:" + Slugs.of(name), "OFFICIAL", name, aliases.list(), null, null, bioguide,
				term.party(), null, null, null, title, List.of(Legislator.SOURCE_ID), null, null, null, null);
	}

	/** Other names for one person, each once and none the same as the name itself. */
	private static final class Aliases {

		private final Map<String, String> byKey = new LinkedHashMap<>();

		private final String nameKey;

		Aliases(String name) {
			this.nameKey = NameKey.of(name);
		}

		void add(String alias) {
			String key = NameKey.of(alias);
			if (!key.isEmpty() && !key.equals(this.nameKey)) {
				this.byKey.putIfAbsent(key, alias);
			}
		}

		List<String> list() {
			return List.copyOf(this.byKey.values());
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(Ids id, Name name, List<Term> terms) {

		Term lastTerm() {
			return this.terms.get(this.terms.size() - 1);
		}

		String chamber() {
			return switch (lastTerm().type()) {
				case "rep" -> "HOUSE";
				case "sen" -> "SENATE";
				default -> null;
			};
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Ids(String bioguide) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Name(String first, String middle, String last, String suffix, String nickname,
			@JsonProperty("official_full") String officialFull) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Term(String type, String start, String end, String state, Integer district, String party) {

		LocalDate endDate(int line, String origin) {
			try {
				return LocalDate.parse(String.valueOf(this.end));
			}
			catch (DateTimeParseException ex) {
				throw new IngestException(line, origin + ": a term ends on '" + this.end + "', not a yyyy-mm-dd date.");
			}
		}
	}
}
