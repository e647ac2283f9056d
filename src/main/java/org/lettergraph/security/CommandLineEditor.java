package org.lettergraph.security;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Signs in a command-line write with the same users and tokens the service accepts: {@code --user NAME} with the
 * password in {@code LETTERGRAPH_PASSWORD} or {@code --password-file}, or a token in {@code LETTERGRAPH_TOKEN} or
 * {@code --token-file}. Secrets never go on the command line, where other users of the machine could see them.
 */
@Component
public class CommandLineEditor {

	private final AccessProperties access;

	private final UserDetailsService users;

	private final PasswordEncoder passwords;

	CommandLineEditor(AccessProperties access, UserDetailsService users, PasswordEncoder passwords) {
		this.access = access;
		this.users = users;
		this.passwords = passwords;
	}

	/** Who signed in, or why not. */
	public record SignIn(String name, String refusal) {

		public boolean ok() {
			return this.refusal == null;
		}
	}

	public SignIn signIn(String user, Path passwordFile, Path tokenFile) {
		if (!this.access.hasEditor()) {
			return new SignIn(null, Roles.NO_EDITOR);
		}
		String token = secret(tokenFile, "LETTERGRAPH_TOKEN");
		if (user == null && token != null) {
			String hash = ApiTokenAuthenticationFilter.sha256(token);
			return this.access.tokens()
				.stream()
				.filter(t -> t.sha256().toLowerCase(Locale.ROOT).equals(hash))
				.findFirst()
				.map(t -> t.roles().contains(Roles.EDITOR) ? new SignIn(t.name(), null)
						: new SignIn(null, "The token of '" + t.name() + "' is not an editor's (needs the EDITOR role)."))
				.orElse(new SignIn(null, "This API token is not known to the service."));
		}
		if (user == null) {
			return new SignIn(null, "Writes need an editor: give --user NAME with the password in LETTERGRAPH_PASSWORD "
					+ "(or --password-file), or an API token in LETTERGRAPH_TOKEN (or --token-file).");
		}
		String password = secret(passwordFile, "LETTERGRAPH_PASSWORD");
		try {
			UserDetails details = this.users.loadUserByUsername(user);
			if (password == null || !this.passwords.matches(password, details.getPassword())) {
				return new SignIn(null, "The user name or password was not accepted.");
			}
			if (details.getAuthorities().stream().noneMatch(a -> a.getAuthority().equals("ROLE_" + Roles.EDITOR))) {
				return new SignIn(null, "'" + user + "' is not an editor (this needs the EDITOR role).");
			}
			return new SignIn(user, null);
		}
		catch (UsernameNotFoundException ex) {
			return new SignIn(null, "The user name or password was not accepted.");
		}
	}

	private static String secret(Path file, String environment) {
		if (file != null) {
			try {
				return Files.readString(file).strip();
			}
			catch (IOException ex) {
				return null;
			}
		}
		String value = System.getenv(environment);
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}
}
