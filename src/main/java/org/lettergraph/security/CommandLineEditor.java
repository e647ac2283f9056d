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

	/**
	 * The sign-in options every writing command takes ({@code --user NAME}, {@code --password-file FILE},
	 * {@code --token-file FILE}), gathered while the command reads its arguments.
	 */
	public static final class Credentials {

		private String user;

		private Path passwordFile;

		private Path tokenFile;

		/** Whether {@code args[i]} is a sign-in option with its value in {@code args[i + 1]}; if so, it is kept. */
		public boolean take(String[] args, int i) {
			if (i + 1 >= args.length) {
				return false;
			}
			switch (args[i]) {
				case "--user" -> this.user = args[i + 1];
				case "--password-file" -> this.passwordFile = Path.of(args[i + 1]);
				case "--token-file" -> this.tokenFile = Path.of(args[i + 1]);
				default -> {
					return false;
				}
			}
			return true;
		}

	}

	public SignIn signIn(Credentials credentials) {
		return signIn(credentials.user, credentials.passwordFile, credentials.tokenFile);
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
