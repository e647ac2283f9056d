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
}
