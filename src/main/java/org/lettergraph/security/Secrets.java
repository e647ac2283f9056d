package org.lettergraph.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * {@code java -jar lettergraph.jar hash-password} (the password on standard input) and {@code new-token}: what to
 * put in the configuration, so that only hashes are ever stored there.
 */
public final class Secrets {

	private Secrets() {
	}

	public static int hashPassword() throws IOException {
		String password = (System.console() != null) ? new String(System.console().readPassword("Password: "))
				: new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
		if (password == null || password.length() < 12) {
			System.err.println("Choose a password of at least 12 characters.");
			return 2;
		}
		System.out.println(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password));
		return 0;
	}

	public static int newToken() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		System.out.println("token (give it to the program; it is not stored): " + token);
		System.out.println("sha256 (put it in lettergraph.security.tokens[N].sha256): "
				+ ApiTokenAuthenticationFilter.sha256(token));
		return 0;
	}
}
