package org.lettergraph.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Who a sign-in in the page is: a configured user with their password, or a configured API token pasted into the
 * form; and, for each later request, whether the session's user or token is still configured with the same secret.
 * Roles are always read from the configuration as it is now, never from the cookie.
 */
@Component
class PageSignIns {

	/** Compared against when the user name is unknown, so that a wrong name takes as long as a wrong password. */
	private static final String UNKNOWN_USER_HASH = "{bcrypt}$2a$10$7GXbUNBGB9POSIZIhBIUhOglSIjuv82HAy0nhT/TLL/TrZbxOjNe6";

	private final AccessProperties access;

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	PageSignIns(AccessProperties access, UserDetailsService users, PasswordEncoder passwords) {
		this.access = access;
		this.users = users;
		this.passwords = passwords;
	}

	/** Someone signed in, and the hash their session's fingerprint is made of. */
	record SignedIn(Authentication authentication, SessionCookies.Kind kind, String secretHash) {
	}

	Optional<SignedIn> withPassword(String username, String password) {
		if (username == null || username.isBlank() || password == null || password.isEmpty()) {
			return Optional.empty();
		}
		UserDetails user = user(username.strip());
		if (user == null) {
			this.passwords.matches(password, UNKNOWN_USER_HASH);
			return Optional.empty();
		}
		if (!this.passwords.matches(password, user.getPassword())) {
			return Optional.empty();
		}
		return Optional.of(new SignedIn(authenticated(user.getUsername(), user.getAuthorities().stream()
			.map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a.getAuthority())).toList()),
				SessionCookies.Kind.USER, user.getPassword()));
	}

	Optional<SignedIn> withToken(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String hash = ApiTokenAuthenticationFilter.sha256(token.strip());
		return this.access.tokens()
			.stream()
			.filter(t -> t.sha256().toLowerCase(Locale.ROOT).equals(hash))
			.findFirst()
			.map(t -> new SignedIn(authenticated(t.name(), roles(t.roles())), SessionCookies.Kind.TOKEN,
					t.sha256().toLowerCase(Locale.ROOT)));
	}

	/** The session's user or token as configured now, when it still is, with the same password or token. */
	Optional<Authentication> resume(SessionCookies.Session session, SessionCookies cookies) {
		if (session.kind() == SessionCookies.Kind.USER) {
			UserDetails user = user(session.name());
			if (user == null || !cookies.fingerprint(user.getPassword()).equals(session.fingerprint())) {
				return Optional.empty();
			}
			return Optional.of(authenticated(user.getUsername(), List.copyOf(user.getAuthorities())));
		}
		return this.access.tokens()
			.stream()
			.filter(t -> t.name().equals(session.name())
					&& cookies.fingerprint(t.sha256().toLowerCase(Locale.ROOT)).equals(session.fingerprint()))
			.findFirst()
			.map(t -> authenticated(t.name(), roles(t.roles())));
	}

	/** Whether anyone at all is configured to sign in. */
	boolean anyone() {
		return !this.access.users().isEmpty() || !this.access.tokens().isEmpty();
	}

	private UserDetails user(String name) {
		try {
			return this.users.loadUserByUsername(name);
		}
		catch (UsernameNotFoundException ex) {
			return null;
		}
	}

	private static List<GrantedAuthority> roles(List<String> roles) {
		return roles.stream().map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r)).toList();
	}

	private static Authentication authenticated(String name, List<? extends GrantedAuthority> authorities) {
		var authentication = UsernamePasswordAuthenticationToken.authenticated(name, null, authorities);
		authentication.setDetails(SessionCookies.NAME);
		return authentication;
	}
}
