package org.lettergraph.graph;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Page sizes and opaque cursors. A cursor is a base64 of a prefix and the key the next page starts after, so a
 * cursor from one connection is refused by another with a clear message instead of a wrong page.
 *
 * @param maxPageSize the largest {@code first} any list accepts
 * @param defaultPageSize the page size when {@code first} is not given
 */
@ConfigurationProperties("lettergraph.paging")
public record Paging(@DefaultValue("100") int maxPageSize, @DefaultValue("20") int defaultPageSize) {

	public int pageSize(Integer first) {
		if (first == null) {
			return Math.min(this.defaultPageSize, this.maxPageSize);
		}
		if (first < 0 || first > this.maxPageSize) {
			throw new InvalidArgumentException("first",
					"must be between 0 and " + this.maxPageSize + ", got " + first + ".");
		}
		return first;
	}

	public static String cursor(String kind, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((kind + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/** The key inside {@code cursor}, or null when there is no cursor. */
	public static String decode(String kind, String cursor) {
		if (cursor == null) {
			return null;
		}
		try {
			String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (text.startsWith(kind + ":")) {
				return text.substring(kind.length() + 1);
			}
		}
		catch (IllegalArgumentException ex) {
			// fall through to the same message as a cursor of another kind
		}
		throw new InvalidArgumentException("after",
				"'" + cursor + "' is not a cursor of this list; pass an endCursor this list returned, or omit it.");
	}

	/**
	 * A cursor for a list ordered by keys a keyset cannot follow (counts, names, dates an analyst picks): the number of
	 * items before the next page, and a fingerprint of the filter and order it was made for. Ties are broken by id, so
	 * the order is total and, while the graph does not change, pages neither skip nor repeat an item.
	 */
	public static String offsetCursor(String kind, int offset, String arguments) {
		return cursor(kind, offset + "|" + fingerprint(arguments));
	}

	/**
	 * How many items come before the page {@code cursor} asks for: 0 without a cursor. A cursor of another list, or
	 * made for another filter or order, is refused, so it never yields a wrong page.
	 */
	public static int decodeOffset(String kind, String cursor, String arguments) {
		String key = decode(kind, cursor);
		if (key == null) {
			return 0;
		}
		int bar = key.indexOf('|');
		try {
			if (bar > 0 && key.substring(bar + 1).equals(fingerprint(arguments))) {
				int offset = Integer.parseInt(key.substring(0, bar));
				if (offset >= 0) {
					return offset;
				}
			}
		}
		catch (NumberFormatException ex) {
			// same message as below
		}
		throw new InvalidArgumentException("after", "'" + cursor + "' was not made by this list with this filter and "
				+ "order; pass an endCursor the same query returned, or omit it.");
	}

	/** The same text gives the same fingerprint on every instance of the service (String.hashCode is specified). */
	private static String fingerprint(String arguments) {
		return Integer.toHexString(arguments.hashCode());
	}
}
