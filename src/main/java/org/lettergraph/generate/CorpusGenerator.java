package org.lettergraph.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.lettergraph.ingest.record.LetterRecord;
import org.lettergraph.ingest.record.Participant;
import org.lettergraph.ingest.record.ReferenceRecords.ActorRecord;
import org.lettergraph.ingest.record.ReferenceRecords.ProgramRecord;
import org.lettergraph.ingest.record.ReferenceRecords.SourceRecord;
import org.lettergraph.ingest.record.ReferenceRecords;
import org.lettergraph.names.Slugs;

/**
 * Makes a corpus with the shape of real sign-on and congressional letters: signer counts heavy-tailed (log-normal,
 * 1 to 1,000+), organizations drawn with Zipf-like popularity (a few sign almost everything, the median one a
 * handful of letters), chapters and look-alike names ("… Denver", "… NY"), lawmakers leading congressional letters, officials
 * receiving them, programs, and dates over 15 years. Everything comes from one {@link SplittableRandom} seeded
 * with the spec's seed, consumed in a fixed order, so a seed always gives the same corpus.
 */
public final class CorpusGenerator {

	/** Signers of the one letter every corpus holds for the "letter with its 1,000 signers" question. */
	public static final int BIG_LETTER_SIGNERS = 1000;

	static final LocalDate FIRST_DAY = LocalDate.of(2010, 1, 1);

	static final int DAYS = 15 * 365;

	private static final String[] PLACES = { "Northern", "Southern", "Coastal", "Mountain", "Prairie", "Valley",
			"River", "Lakeshore", "Heartland", "Desert", "Harbor", "Gulf", "Piedmont", "Highland", "Bayou", "Delta",
			"Sierra", "Plains", "Canyon", "Tidewater" };

	private static final String[] FOCUS = { "Immigrant Rights", "Refugee Welcome", "Migrant Justice",
			"Newcomer Support", "Asylum Seekers", "Detention Watch", "Legal Defense", "Workers Justice",
			"Families Together", "Community Defense", "Faith in Action", "Civil Liberties" };

	private static final String[] TYPES = { "Coalition", "Alliance", "Network", "Project", "Center", "Council",
			"Collective", "Fund", "Committee", "Partnership", "Association", "Union" };

	private static final String[] CHAPTERS = { "Denver", "NY", "New York", "Chicago", "Houston", "Phoenix",
			"Atlanta", "Seattle", "Boston", "Miami", "Detroit", "Portland", "Austin", "El Paso", "San Diego",
			"Newark", "Baltimore", "Tucson", "Albuquerque", "Minneapolis", "Raleigh", "Nashville", "Omaha",
			"Des Moines", "Boise", "Richmond", "Cleveland", "Pittsburgh", "Sacramento", "Fresno", "Oakland",
			"Las Vegas", "Salt Lake", "Tulsa", "Memphis", "Louisville", "Milwaukee", "Charlotte", "Orlando",
			"New Jersey" };

	private static final String[] FIRST = { "Ana", "Ben", "Carla", "David", "Elena", "Frank", "Grace", "Hector",
			"Irene", "James", "Karen", "Luis", "Maria", "Nadia", "Oscar", "Paula", "Quinn", "Rosa", "Samuel", "Tara" };

	private static final String[] LAST = { "Alvarez", "Brooks", "Castillo", "Dunn", "Ellison", "Fischer", "Garza",
			"Hughes", "Ibarra", "Jensen", "Kaplan", "Lowe", "Mendez", "Nolan", "Ortega", "Pruitt", "Quintero",
			"Reyes", "Sato", "Torres", "Underwood", "Vance", "Whitfield", "Young" };

	private static final String[] STATES = { "AZ", "CA", "CO", "FL", "GA", "IL", "MA", "MI", "MN", "NJ", "NM",
			"NV", "NY", "OR", "PA", "TX", "VA", "WA" };

	private static final String[][] PROGRAMS = { { "287(g) agreements", "287g" },
			{ "Secure Communities", "secure-communities" }, { "ICE detainers", "ice-detainers" },
			{ "Jail contracts for detention", "jail-contracts" }, { "Detention expansion", "detention-expansion" },
			{ "Family detention", "family-detention" }, { "Border surveillance", "border-surveillance" },
			{ "Expedited removal", "expedited-removal" } };

	private static final String[][] OFFICIALS = { { "Secretary", "Department of Homeland Security" },
			{ "Deputy Secretary", "Department of Homeland Security" },
			{ "Director", "U.S. Immigration and Customs Enforcement" },
			{ "Acting Director", "U.S. Immigration and Customs Enforcement" },
			{ "Attorney General", "Department of Justice" }, { "Director", "U.S. Marshals Service" },
			{ "Director", "Domestic Policy Council" }, { "President", "The White House" },
			{ "Commissioner", "U.S. Customs and Border Protection" },
			{ "Chief of Staff", "The White House" }, { "Ombudsman", "Department of Homeland Security" },
			{ "Officer for Civil Rights", "Department of Homeland Security" } };

	private static final String[] ASKS = { "End", "Phase out", "Halt", "Terminate", "Investigate", "Suspend",
			"Close", "Review" };

	private final CorpusSpec spec;

	private final SplittableRandom random;

	private final double[] zipf;

	private CorpusGenerator(CorpusSpec spec) {
		this.spec = spec;
		this.random = new SplittableRandom(spec.seed());
		// Cumulative weights 1/rank: the rank-1 organization is drawn about 1/ln(orgs) of the time.
		this.zipf = new double[spec.orgs()];
		double sum = 0;
		for (int i = 0; i < this.zipf.length; i++) {
			sum += 1.0 / (i + 1);
			this.zipf[i] = sum;
		}
	}

	public static Corpus generate(CorpusSpec spec) {
		return new CorpusGenerator(spec).corpus();
	}

	private Corpus corpus() {
		List<SourceRecord> sources = new ArrayList<>();
		int sourceCount = Math.max(5, this.spec.letters() / 20);
		for (int i = 0; i < sourceCount; i++) {
			LocalDate date = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
			sources.add(new SourceRecord(String.format(Locale.ROOT, "source:gen-%05d", i),
					"Generated news story " + (i + 1), "Generated Wire", date, null, "NEWS_ARTICLE", null, null));
		}
		List<String> sourceIds = sources.stream().map(SourceRecord::id).toList();
		List<String> referenceSources = List.of(sourceIds.get(0));

		List<ProgramRecord> programs = new ArrayList<>();
		for (String[] p : PROGRAMS) {
			programs.add(new ProgramRecord("program:gen-" + p[1], p[0], List.of(), null, referenceSources, List.of()));
		}

		List<ActorRecord> actors = new ArrayList<>();
		List<String> orgIds = organizations(actors, referenceSources);
		List<String> lawmakerIds = lawmakers(actors, referenceSources);
		List<String> officialIds = new ArrayList<>();
		for (int i = 0; i < OFFICIALS.length; i++) {
			String name = FIRST[i % FIRST.length] + " " + LAST[(i * 7 + 3) % LAST.length];
			String id = "official:gen-" + Slugs.of(name) + "-" + i;
			officialIds.add(id);
			actors.add(new ActorRecord(id, "OFFICIAL", name, List.of(), null, null, null, null, null, null, null,
					OFFICIALS[i][0], referenceSources, List.of(), List.of(), List.of(), List.of()));
		}

		List<LetterRecord> letters = new ArrayList<>(this.spec.letters());
		int big = this.spec.letters() / 2;
		String bigLetter = null;
		for (int i = 0; i < this.spec.letters(); i++) {
			LetterRecord letter = letter(i, i == big, sourceIds, programs, orgIds, lawmakerIds, officialIds);
			if (i == big) {
				bigLetter = letter.id();
			}
			letters.add(letter);
		}
		return new Corpus(new ReferenceRecords(sources, programs, actors), letters, bigLetter, orgIds.get(0),
				programs.get(0).id());
	}

	/** Organizations by popularity rank: rank 1 first. Chapters share their parent's name plus a place. */
	private List<String> organizations(List<ActorRecord> actors, List<String> sources) {
		List<String> ids = new ArrayList<>();
		Set<String> taken = new HashSet<>();
		List<String> bases = new ArrayList<>();
		while (ids.size() < this.spec.orgs()) {
			String name;
			boolean chapter = !bases.isEmpty() && this.random.nextInt(100) < 45;
			if (chapter) {
				name = bases.get(this.random.nextInt(bases.size())) + " " + CHAPTERS[this.random.nextInt(CHAPTERS.length)];
			}
			else {
				String place = PLACES[this.random.nextInt(PLACES.length)];
				String focus = FOCUS[this.random.nextInt(FOCUS.length)];
				String type = TYPES[this.random.nextInt(TYPES.length)];
				name = switch (this.random.nextInt(3)) {
					case 0 -> place + " " + focus + " " + type;
					case 1 -> type + " for " + focus + " of the " + place + " " + STATES[this.random.nextInt(STATES.length)];
					default -> place + " " + focus + " " + type + " " + (bases.size() % 97 + 1);
				};
			}
			String id = "org:" + Slugs.of(name);
			if (!taken.add(id)) {
				continue;
			}
			if (!chapter) {
				bases.add(name);
			}
			ids.add(id);
			List<String> aliases = chapter ? List.of() : List.of(acronym(name));
			actors.add(new ActorRecord(id, "ORGANIZATION", name, aliases, "ADVOCACY", null, null, null, null, null,
					null, null, sources, List.of(), List.of(), List.of(), List.of()));
		}
		return ids;
	}

	private List<String> lawmakers(List<ActorRecord> actors, List<String> sources) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 80; i++) {
			String last = LAST[i % LAST.length];
			String name = FIRST[(i * 3) % FIRST.length] + " " + last;
			String bioguide = last.substring(0, 1) + String.format(Locale.ROOT, "%06d", 900_000 + i);
			boolean senate = i % 5 == 0;
			String state = STATES[i % STATES.length];
			ids.add("lawmaker:" + bioguide);
			actors.add(new ActorRecord("lawmaker:" + bioguide, "LAWMAKER", name, List.of(), null, null, bioguide,
					(i % 4 == 3) ? "R" : "D", state, senate ? "SENATE" : "HOUSE", senate ? null : 1 + i % 12, null,
					sources, List.of(), List.of(), List.of(), List.of()));
		}
		return ids;
	}

	private LetterRecord letter(int index, boolean big, List<String> sourceIds, List<ProgramRecord> programs,
			List<String> orgIds, List<String> lawmakerIds, List<String> officialIds) {
		LocalDate date = FIRST_DAY.plusDays(this.random.nextInt(DAYS));
		boolean congressional = !big && this.random.nextInt(100) < 12;
		ProgramRecord program = programs.get(Math.min(programs.size() - 1, (int) (this.random.nextDouble()
				* this.random.nextDouble() * programs.size())));
		List<LetterRecord.ProgramAsk> asks = new ArrayList<>();
		String ask = ASKS[this.random.nextInt(ASKS.length)];
		asks.add(new LetterRecord.ProgramAsk(program.id(), ask.toLowerCase(Locale.ROOT), List.of()));
		if (this.random.nextInt(4) == 0) {
			ProgramRecord second = programs.get(this.random.nextInt(programs.size()));
			if (!second.id().equals(program.id())) {
				asks.add(new LetterRecord.ProgramAsk(second.id(), "end", List.of()));
			}
		}
		String title = ask + " " + program.name() + " (generated letter " + (index + 1) + ")";
		String id = "letter:" + date + "-" + Slugs.of(title);
		String source = sourceIds.get(this.random.nextInt(sourceIds.size()));

		List<Participant> leads = new ArrayList<>();
		List<Participant> signers = new ArrayList<>();
		List<Participant> endorsers = new ArrayList<>();
		List<Participant> addressees = new ArrayList<>();
		List<Participant> cc = new ArrayList<>();
		if (congressional) {
			List<Integer> chosen = distinct(Math.min(lawmakerIds.size(), 1 + signerCount() / 2), lawmakerIds.size(),
					false);
			for (int i = 0; i < chosen.size(); i++) {
				String lawmaker = lawmakerIds.get(chosen.get(i));
				(i < 1 + index % 2 ? leads : signers).add(byId(lawmaker));
			}
			addressees.add(byId(officialIds.get(this.random.nextInt(officialIds.size()))));
		}
		else {
			int n = big ? Math.min(BIG_LETTER_SIGNERS, orgIds.size() / 2) : signerCount();
			List<Integer> chosen = distinct(Math.min(n, orgIds.size() / 2), orgIds.size(), true);
			int leadCount = big ? 0 : Math.min(chosen.size() - 1, this.random.nextInt(3));
			for (int i = 0; i < chosen.size(); i++) {
				Participant p = byId(orgIds.get(chosen.get(i)));
				(i < leadCount ? leads : signers).add(p);
			}
			if (this.random.nextInt(20) == 0) {
				for (int e : distinct(1 + this.random.nextInt(3), orgIds.size(), true)) {
					String endorser = orgIds.get(e);
					if (!chosen.contains(e)) {
						endorsers.add(byId(endorser));
					}
				}
			}
			if (this.random.nextInt(3) == 0) {
				addressees.add(byId(lawmakerIds.get(this.random.nextInt(lawmakerIds.size()))));
			}
			else {
				addressees.add(byId(officialIds.get(this.random.nextInt(officialIds.size()))));
			}
			if (this.random.nextInt(4) == 0) {
				String copied = officialIds.get(this.random.nextInt(officialIds.size()));
				if (!copied.equals(addressees.get(0).id())) {
					cc.add(byId(copied));
				}
			}
		}
		int stated = leads.size() + signers.size();
		return new LetterRecord(id, title, true, date, List.of(ask + " " + program.name()), stated, "EXACTLY",
				List.of(source), List.of(), List.of(new LetterRecord.Report(source, stated, "EXACTLY")), asks, leads,
				signers, endorsers, addressees, cc);
	}

	/** Log-normal, median about 16, mean about 40, clipped to 1..1,200: most letters small, a few huge. */
	private int signerCount() {
		// Box-Muller from two uniforms, so the sequence depends only on SplittableRandom.
		double u1 = Math.max(1e-12, this.random.nextDouble());
		double u2 = this.random.nextDouble();
		double gaussian = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
		return (int) Math.max(1, Math.min(1200, Math.round(Math.exp(2.8 + 1.35 * gaussian))));
	}

	/** n distinct indexes below size, in draw order: by Zipf rank, or uniformly. */
	private List<Integer> distinct(int n, int size, boolean byPopularity) {
		Set<Integer> chosen = new LinkedHashSet<>();
		while (chosen.size() < n) {
			chosen.add(byPopularity ? zipfRank() : this.random.nextInt(size));
		}
		return List.copyOf(chosen);
	}

	private int zipfRank() {
		double x = this.random.nextDouble() * this.zipf[this.zipf.length - 1];
		int at = Arrays.binarySearch(this.zipf, x);
		return Math.min(this.zipf.length - 1, (at >= 0) ? at : -at - 1);
	}

	private static Participant byId(String id) {
		return new Participant(id, null, null, null, null, null, null);
	}

	private static String acronym(String name) {
		StringBuilder letters = new StringBuilder();
		for (String word : name.split(" ")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				letters.append(word.charAt(0));
			}
		}
		return letters.toString();
	}
}
