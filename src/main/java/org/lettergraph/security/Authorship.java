package org.lettergraph.security;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is writing, for the createdBy/updatedBy of everything a write touches. */
public final class Authorship {

	/** Writes the service makes of its own accord (none but the bundled dataset do). */
	public static final String SERVICE = "lettergraph";

	private Authorship() {
	}

	/** Who writes and when: one stamp for all the statements of one write. */
	public record Stamp(String by, ZonedDateTime at) {

		public Map<String, Object> parameters() {
			return Map.of("by", this.by, "at", this.at);
		}
	}

	public static Stamp stamp() {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
		return new Stamp(signedIn ? who.getName() : SERVICE, ZonedDateTime.now(ZoneOffset.UTC));
	}

	/** Runs {@code work} as an editor named {@code name}: the service's own writes, and a signed-in command line. */
	public static <T> T as(String name, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + Roles.EDITOR))));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}
