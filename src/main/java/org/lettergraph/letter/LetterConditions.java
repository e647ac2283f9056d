package org.lettergraph.letter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lettergraph.graph.Composer;
import org.lettergraph.graph.Fragment;

/**
 * A {@link LetterWhere} as one condition on the letter {@code l}, put together from the fragments in
 * {@code cypher/queries/letters/where/}: each filter given adds its fragment, with the client's values as
 * parameters; AND, OR and NOT join the fragments of the filters they hold.
 */
final class LetterConditions {

	private LetterConditions() {
	}

	static Fragment of(LetterWhere where, Composer composer) {
		if (where == null) {
			return Fragment.TRUE;
		}
		List<Fragment> parts = new ArrayList<>();
		add(parts, composer, "ids", "ids", where.ids());
		add(parts, composer, "addressed-to", "id", where.addressedTo());
		add(parts, composer, "concerns", "id", where.concerns());
		add(parts, composer, "participant", "id", where.participant());
		add(parts, composer, "from", "date", where.from());
		add(parts, composer, "to", "date", where.to());
		add(parts, composer, "title-contains", "text", lower(where.titleContains()));
		add(parts, composer, "ask-contains", "text", lower(where.askContains()));
		if (where.signerCount() != null) {
			parts.add(composer.of("letters/where/signer-count",
					values("gte", where.signerCount().gte(), "lte", where.signerCount().lte())));
		}
		add(parts, composer, "signed-by-all", "ids", where.signedByAll());
		add(parts, composer, "signed-by-any", "ids", where.signedByAny());
		if (where.signedByNone() != null) {
			parts.add(Fragment.not(composer.of("letters/where/signed-by-any", Map.of("ids", where.signedByNone()))));
		}
		if (where.signedByKind() != null) {
			parts.add(composer.of("letters/where/signed-by-kind", Map.of(),
					Map.of("LABEL", Fragment.label(where.signedByKind().label()))));
		}
		if (where.AND() != null) {
			parts.add(Fragment.and(where.AND().stream().map(w -> of(w, composer)).toList()));
		}
		if (where.OR() != null) {
			parts.add(Fragment.or(where.OR().stream().map(w -> of(w, composer)).toList()));
		}
		if (where.NOT() != null) {
			parts.add(Fragment.not(of(where.NOT(), composer)));
		}
		return Fragment.and(parts);
	}

	/**
	 * The filter without its top-level {@code concerns}: for a statement that starts from that program's letters,
	 * where checking each letter for the program again would only repeat the match.
	 */
	static LetterWhere withoutConcerns(LetterWhere w) {
		return new LetterWhere(w.addressedTo(), null, w.participant(), w.from(), w.to(), w.titleContains(),
				w.askContains(), w.signerCount(), w.signedByAll(), w.signedByAny(), w.signedByNone(), w.signedByKind(),
				w.AND(), w.OR(), w.NOT(), w.ids());
	}

	private static void add(List<Fragment> parts, Composer composer, String fragment, String name, Object value) {
		if (value != null) {
			parts.add(composer.of("letters/where/" + fragment, Map.of(name, value)));
		}
	}

	private static String lower(String text) {
		return (text != null) ? text.strip().toLowerCase(Locale.ROOT) : null;
	}

	/** A map that keeps null values (Map.of does not), for fragments whose parameters may be null. */
	static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new java.util.HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			values.put((String) pairs[i], pairs[i + 1]);
		}
		return values;
	}
}
