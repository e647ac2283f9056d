package org.lettergraph.ingest.legislators;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lettergraph.ingest.record.IngestException;
import org.lettergraph.names.NameKey;

/**
 * Finds members of Congress by the names letters give them. A reference that fits several members is reported as
 * ambiguous with every candidate, never settled by picking one: "Sen. Scott" stays open until a party or state
 * says which.
 */
public final class LawmakerDirectory {

	private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	private final List<Legislator> legislators;

	private final Map<String, List<Legislator>> byName = new HashMap<>();

	private final Map<String, List<Legislator>> bySurname = new HashMap<>();

	private LawmakerDirectory(Collection<Legislator> legislators) {
		this.legislators = List.copyOf(legislators);
		for (Legislator l : this.legislators) {
			Set<String> keys = new LinkedHashSet<>();
			keys.add(NameKey.of(l.name()));
			keys.add(NameKey.of(l.first() + " " + l.last()));
			if (l.nickname() != null) {
				keys.add(NameKey.of(l.nickname() + " " + l.last()));
			}
			l.aliases()
				.stream()
				.filter(a -> !LawmakerReference.isMarked(a))
				.map(NameKey::of)
				.forEach(keys::add);
			keys.forEach(key -> this.byName.computeIfAbsent(key, k -> new ArrayList<>()).add(l));
			this.bySurname.computeIfAbsent(NameKey.of(l.last()), k -> new ArrayList<>()).add(l);
		}
	}

	public static LawmakerDirectory of(Collection<Legislator> legislators) {
		return new LawmakerDirectory(legislators);
	}

	/** The directory of the members in {@code legislators-current.yaml} of a congress-legislators folder. */
	public static LawmakerDirectory load(Path folder) {
		Path file = folder.resolve("legislators-current.yaml");
		try (InputStream in = Files.newInputStream(file)) {
			return of(new LegislatorsParser().legislators(in, file.getFileName().toString()));
		}
		catch (IOException ex) {
			throw new IngestException("congress-legislators: cannot read " + file + ": " + ex.getMessage());
		}
	}

	public List<Legislator> legislators() {
		return this.legislators;
	}

	/** Every member a piece of text names, each looked up: "Reps. Schakowsky, Quigley, and Espaillat" gives three. */
	public List<Lookup> resolveAll(String text) {
		return LawmakerReference.parse(text).stream().map(this::resolve).toList();
	}

	/** One member by name and whatever the reference knows of chamber, party, state and district. */
	public Lookup resolve(LawmakerReference reference) {
		String key = NameKey.of(reference.name());
		List<Legislator> byName = this.byName.getOrDefault(key, List.of());
		List<Legislator> named = byName.isEmpty() ? bySurnameAndFirstName(key) : byName;
		List<Legislator> fitting = named.stream().filter(l -> fits(l, reference)).toList();
		return new Lookup(reference, fitting, named);
	}

	/**
	 * "Omar" by surname alone; "Jim Smith" by surname and a first name that is the member's first name, nickname or
	 * at least shares its initial (the caller sees how many fit, so an initial never decides between two).
	 */
	private List<Legislator> bySurnameAndFirstName(String key) {
		List<String> tokens = new ArrayList<>(Arrays.asList(key.split(" ")));
		while (tokens.size() > 1 && NAME_SUFFIXES.contains(tokens.get(tokens.size() - 1))) {
			tokens.remove(tokens.size() - 1);
		}
		for (int i = 0; i < tokens.size(); i++) {
			List<Legislator> sharing = this.bySurname.get(String.join(" ", tokens.subList(i, tokens.size())));
			if (sharing == null) {
				continue;
			}
			if (i == 0) {
				return sharing;
			}
			String given = tokens.get(0);
			List<Legislator> exact = sharing.stream().filter(l -> given.equals(NameKey.of(l.first()))
					|| (l.nickname() != null && given.equals(NameKey.of(l.nickname())))).toList();
			if (!exact.isEmpty()) {
				return exact;
			}
			String initial = given.substring(0, 1);
			return sharing.stream()
				.filter(l -> NameKey.of(l.first()).startsWith(initial)
						|| (l.nickname() != null && NameKey.of(l.nickname()).startsWith(initial)))
				.toList();
		}
		return List.of();
	}

	private static boolean fits(Legislator l, LawmakerReference r) {
		return (r.chamber() == null || r.chamber().equals(l.chamber()))
				&& (r.party() == null || (l.party() != null && l.party().startsWith(r.party().substring(0, 1))))
				&& (r.state() == null || r.state().equals(l.state()))
				&& (r.district() == null || "SENATE".equals(l.chamber()) || r.district().equals(l.district()));
	}

	/**
	 * What a reference came to.
	 *
	 * @param reference  what was looked up
	 * @param candidates the members that fit name and hints: one when found
	 * @param named      the members that fit the name alone, before chamber, party and state were applied
	 */
	public record Lookup(LawmakerReference reference, List<Legislator> candidates, List<Legislator> named) {

		public Lookup {
			candidates = List.copyOf(candidates);
			named = List.copyOf(named);
		}

		public boolean found() {
			return this.candidates.size() == 1;
		}

		public boolean ambiguous() {
			return this.candidates.size() > 1;
		}

		public Optional<Legislator> legislator() {
			return found() ? Optional.of(this.candidates.get(0)) : Optional.empty();
		}

		public Optional<String> bioguideId() {
			return legislator().map(Legislator::bioguideId);
		}

		/** Why the reference did not come to one member, in words for a person; empty when it did. */
		public Optional<String> problem() {
			if (found()) {
				return Optional.empty();
			}
			String who = "'" + this.reference.name() + "'";
			if (ambiguous()) {
				return Optional.of(who + " fits " + this.candidates.size() + " members of Congress: " + labels(
						this.candidates) + "; give a state or party to tell them apart.");
			}
			if (this.named.isEmpty()) {
				return Optional.of("no current member of Congress is called " + who + ".");
			}
			return Optional.of("no member called " + who + " fits " + hints() + "; by name alone it could be "
					+ labels(this.named) + ".");
		}

		private String hints() {
			List<String> hints = new ArrayList<>();
			if (this.reference.chamber() != null) {
				hints.add(this.reference.chamber());
			}
			if (this.reference.party() != null) {
				hints.add(this.reference.party());
			}
			if (this.reference.state() != null) {
				hints.add(this.reference.state());
			}
			if (this.reference.district() != null) {
				hints.add("district " + this.reference.district());
			}
			return String.join(", ", hints);
		}

		private static String labels(List<Legislator> legislators) {
			return legislators.stream().map(Legislator::label).collect(Collectors.joining(", "));
		}
	}
}
