package org.lettergraph.ingest.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lettergraph.ingest.corpus.CorpusLetter.Addressee;
import org.lettergraph.ingest.corpus.LetterFacts.Person;
import org.lettergraph.names.CommitteeNames;
import org.lettergraph.names.PersonNames;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares what a path read with what a careful reader records, field by field, and prints the table: one row per
 * field with right/total and the share, then every letter a field got wrong with what was read.
 *
 * <p>How each field is compared: the date exactly; addressees as a set, by actor id when the expectation has a known
 * id and the path resolves (the GraphQL path) or the parser resolved it too (a member of Congress), otherwise by
 * name, where the name in other words the graph's resolution accepts counts ("Chuck Grassley" for "Charles E.
 * Grassley", "House Committee on Homeland Security" for the "House Homeland Security Committee"), and so does a
 * salutation's surname with the expected title, which the parser alone records for the graph to resolve; the subject after case, spacing, surrounding quotes
 * and a final period (a letter without a subject line is right when nothing or only a descriptive title is read);
 * the signer count exactly; signer names in order; programs as a set of ids. Names are compared after
 * {@link #normal(String) normalising}: case, accents kept, punctuation, honorifics ("Rev.", "Rabbi", "Sheriff", "The
 * Honorable", …), a trailing acronym in parentheses, a nickname in quotes and middle initials do not count.
 */
final class CorpusScore {

	static final List<String> FIELDS = List.of("date", "addressees", "subject", "signer count", "signer names",
			"programs");

	static final double REQUIRED = 95.0;

	private final String path;

	private final boolean resolves;

	private final Map<String, int[]> counts = new LinkedHashMap<>();

	private final Map<String, List<String>> wrong = new LinkedHashMap<>();

	private final List<String> duplicates = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	private int letters;

	/**
	 * @param path     what the letters went through, for the table's title
	 * @param resolves true when the path resolves names against the graph (addressee ids, created actors)
	 */
	CorpusScore(String path, boolean resolves) {
		this.path = path;
		this.resolves = resolves;
		FIELDS.forEach(f -> {
			this.counts.put(f, new int[2]);
			this.wrong.put(f, new ArrayList<>());
		});
	}

	void add(CorpusLetter letter, LetterFacts read) {
		this.letters++;
		CorpusLetter.Expected e = letter.expected();
		String name = letter.name();
		score("date", name, Objects.equals(e.date(), read.date()), e.date(), read.date());
		score("addressees", name, addressees(e.addressees(), read.addressees()), e.addressees().stream()
			.map(a -> a.name() + ((a.id() != null) ? " [" + a.id() + "]" : "")).toList(), read.addressees().stream()
			.map(a -> a.name() + ((a.id() != null) ? " [" + a.id() + "]" : "")).toList());
		String subject = read.subjectDescriptive() ? null : read.subject();
		score("subject", name, Objects.equals(subject(e.subject()), subject(subject)), e.subject(),
				read.subjectDescriptive() ? "(descriptive) " + read.subject() : read.subject());
		score("signer count", name, read.read() && e.signerCount() == read.signers().size(), e.signerCount(),
				read.read() ? read.signers().size() : "nothing read");
		score("signer names", name, read.read() && sameInOrder(e.signers(), read.signers()), firstDifference(
				e.signers(), read.signers()), "");
		score("programs", name, read.read() && new HashSet<>(e.programs()).equals(new HashSet<>(read.programs())),
				e.programs(), read.programs());

		if (e.partial() && (read.problems().isEmpty() || !read.read())) {
			this.notes.add(name + ": a partial letter should come back read, with a problem saying what is missing; "
					+ (read.read() ? "no problem reported" : "no record: " + read.problems()));
		}
		if (!e.partial() && !read.problems().isEmpty()) {
			this.notes.add(name + ": would not be written: " + read.problems());
		}
		if (this.resolves) {
			for (Addressee a : e.addressees()) {
				if (a.id() == null) {
					continue;
				}
				for (Person c : read.created()) {
					if (c.name() != null && madeAgain(a, c)) {
						this.duplicates.add(name + ": " + a.id() + " would be created again as " + c.id() + " ("
								+ c.name() + ")");
					}
				}
			}
		}
	}

	private void score(String field, String letter, boolean right, Object expected, Object read) {
		int[] c = this.counts.get(field);
		c[1]++;
		if (right) {
			c[0]++;
		}
		else {
			this.wrong.get(field).add(letter + ": expected " + expected + (("".equals(read)) ? "" : "; read " + read));
		}
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append("\nLetter corpus: ").append(this.letters).append(" letters through ").append(this.path)
			.append("\nDocuments read by: ").append(DocumentText.READER).append('\n');
		out.append(String.format(Locale.ROOT, "%-14s %11s %8s%n", "field", "right/total", "%"));
		for (String field : FIELDS) {
			int[] c = this.counts.get(field);
			out.append(String.format(Locale.ROOT, "%-14s %5d/%-5d %7.1f %%%n", field, c[0], c[1], percent(field)));
		}
		if (this.resolves) {
			out.append(String.format(Locale.ROOT, "%-14s %s%n", "known addressees made again",
					this.duplicates.size()));
		}
		for (String field : FIELDS) {
			if (!this.wrong.get(field).isEmpty()) {
				out.append("\nWrong ").append(field).append(":\n");
				this.wrong.get(field).forEach(w -> out.append("  ").append(w).append('\n'));
			}
		}
		if (!this.duplicates.isEmpty()) {
			out.append("\nKnown addressees made into a second actor:\n");
			this.duplicates.forEach(d -> out.append("  ").append(d).append('\n'));
		}
		if (!this.notes.isEmpty()) {
			out.append("\nProblems reported:\n");
			this.notes.forEach(n -> out.append("  ").append(n.length() > 400 ? n.substring(0, 400) + " …" : n)
				.append('\n'));
		}
		return out.toString();
	}

	double percent(String field) {
		int[] c = this.counts.get(field);
		return (c[1] == 0) ? 0 : 100.0 * c[0] / c[1];
	}

	/**
	 * Every field at least as right as {@code floors} says (the share measured when the floor was last raised; the
	 * aim is {@link #REQUIRED} on every field, and a field below it is printed as short of it), and (where the path
	 * resolves) no known addressee made again.
	 */
	void assertAtLeast(Map<String, Double> floors) {
		assertAtLeast(floors, 0);
	}

	/**
	 * As {@link #assertAtLeast(Map)}, allowing at most {@code maxDuplicates} known addressees made again (the aim is
	 * none; each is printed).
	 */
	void assertAtLeast(Map<String, Double> floors, int maxDuplicates) {
		String table = table();
		for (String field : FIELDS) {
			double floor = floors.getOrDefault(field, REQUIRED);
			if (percent(field) < REQUIRED) {
				System.out.printf("%s: %.1f %%, short of the %.0f %% aimed at (floor %.1f %%)%n", field, percent(field),
						REQUIRED, floor);
			}
			assertThat(percent(field)).as("%s right in the letter corpus%s", field, table).isGreaterThanOrEqualTo(
					floor);
		}
		if (this.resolves) {
			assertThat(this.duplicates).as("known addressees made into a second actor%s", table)
				.hasSizeLessThanOrEqualTo(maxDuplicates);
		}
	}

	// ---------------------------------------------------------------- comparisons

	/**
	 * Whether an actor the letter would create is the known addressee again: for a person, one with the surname;
	 * for an organization, one whose name has all the words of the known name (other than "of", "on", "the").
	 */
	private static boolean madeAgain(Addressee known, Person created) {
		if (known.id().startsWith("org:")) {
			Set<String> words = new HashSet<>(List.of(normal(created.name()).split(" ")));
			return List.of(normal(known.name()).split(" ")).stream()
				.filter(w -> !Set.of("of", "on", "the", "and").contains(w))
				.allMatch(words::contains);
		}
		String surname = surname(known.name());
		return normal(created.name()).contains(surname)
				|| (created.id() != null && created.id().contains(surname.replace(' ', '-')));
	}

	private boolean addressees(List<Addressee> expected, List<Person> read) {
		if (expected.size() != read.size()) {
			return false;
		}
		Set<Integer> used = new HashSet<>();
		for (Addressee e : expected) {
			boolean found = false;
			for (int i = 0; i < read.size() && !found; i++) {
				if (!used.contains(i) && sameAddressee(e, read.get(i))) {
					used.add(i);
					found = true;
				}
			}
			if (!found) {
				return false;
			}
		}
		return true;
	}

	private boolean sameAddressee(Addressee e, Person read) {
		if (e.id() != null && this.resolves) {
			return e.id().equals(read.id());
		}
		if (read.name() == null) {
			return false;
		}
		if (e.id() != null && read.id() != null) {
			// the parser alone resolves members of Congress through the congress-legislators data
			return e.id().equals(read.id());
		}
		String name = normal(read.name());
		String expected = normal(e.name());
		if (name.equals(expected) || withoutInitials(name).equals(withoutInitials(expected))) {
			return true;
		}
		// the same name in other words, as the graph's resolution takes it (initials, a short given name, a
		// committee "on" its subject); the GraphQL path compares the actor ids instead
		List<String> variants = new ArrayList<>(PersonNames.variants(read.name()));
		variants.addAll(CommitteeNames.variants(read.name()));
		if (variants.stream().map(CorpusScore::normal).anyMatch(v -> v.equals(expected)
				|| withoutInitials(v).equals(withoutInitials(expected)))) {
			return true;
		}
		// a surname-only addressee read with its title in front ("Acting Director Homan")
		if (e.title() != null && name.startsWith(normal(e.title()) + " ")) {
			return name.substring(normal(e.title()).length() + 1).equals(expected);
		}
		// the parser alone records a salutation's surname and title for the graph to resolve ("Dear Secretary
		// Mayorkas"): right when the surname and the title are the expected ones
		return !this.resolves && e.title() != null && read.title() != null && name.equals(surname(e.name()))
				&& normal(read.title()).equals(normal(e.title()));
	}

	static boolean sameInOrder(List<String> expected, List<String> read) {
		if (expected.size() != read.size()) {
			return false;
		}
		for (int i = 0; i < expected.size(); i++) {
			if (!sameName(expected.get(i), read.get(i))) {
				return false;
			}
		}
		return true;
	}

	static String firstDifference(List<String> expected, List<String> read) {
		for (int i = 0; i < Math.min(expected.size(), read.size()); i++) {
			if (!sameName(expected.get(i), read.get(i))) {
				return "#" + (i + 1) + " '" + expected.get(i) + "', read '" + read.get(i) + "'";
			}
		}
		if (expected.size() != read.size()) {
			return expected.size() + " names, read " + read.size()
					+ ((read.size() > expected.size()) ? "; first extra '" + read.get(expected.size()) + "'"
							: "; first missing '" + expected.get(read.size()) + "'");
		}
		return "the same";
	}

	static boolean sameName(String expected, String read) {
		if (read == null) {
			return false;
		}
		String a = normal(expected);
		String b = normal(read);
		return a.equals(b) || withoutInitials(a).equals(withoutInitials(b));
	}

	private static final Pattern HONORIFIC = Pattern.compile("^(?:the |rev |reverend |dr |rabbi |imam |sister |"
			+ "father |fr |bishop |venerable |chief |sheriff |undersheriff |commander |hon |honorable |rep |sen |"
			+ "senator |representative |congresswoman |congressman |mr |ms |mrs |mx |pastor )+");

	private static final Pattern ACRONYM = Pattern.compile("\\s*\\(\\s*[\\p{L}\\d&.-]+\\s*\\)\\s*$");

	/** A name for comparison: see the class comment. */
	static String normal(String name) {
		// a nickname in quotes ("Jesús G. \"Chuy\" García", as the congress-legislators data writes him)
		String n = ACRONYM.matcher(name.strip()).replaceAll("").replaceAll("\\s[\"“][^\"”]+[\"”](?=\\s)", "");
		n = n.toLowerCase(Locale.ROOT).replace('’', '\'').replace("&", " and ");
		n = n.replaceAll("[.,;:\"'()\\[\\]*]", " ").replaceAll("\\s+", " ").strip();
		n = HONORIFIC.matcher(n + " ").replaceAll("").strip();
		return n;
	}

	private static String withoutInitials(String normal) {
		return List.of(normal.split(" ")).stream().filter(w -> w.length() > 1).collect(Collectors.joining(" "));
	}

	private static String surname(String name) {
		String[] words = withoutInitials(normal(name)).split(" ");
		return words[words.length - 1];
	}

	/** A subject for comparison: case, spacing, surrounding quotes and a final period do not count. */
	static String subject(String subject) {
		if (subject == null || subject.isBlank()) {
			return null;
		}
		String s = subject.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		s = s.replaceAll("^[\"'“‘]+|[\"'”’]+$", "").strip();
		s = s.replaceAll("\\.$", "");
		return s;
	}
}
