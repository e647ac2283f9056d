package org.lettergraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Access control, from configuration. There is no default user and no default password: with no editor
 * configured, every write is refused with a message that says how to configure one.
 *
 * @param mode       BASIC: users (HTTP Basic) and API tokens (Authorization: Bearer) from this configuration;
 *                   JWT: an OAuth2 resource server validating JWTs (spring.security.oauth2.resourceserver.jwt.*)
 * @param readAccess PUBLIC: anyone may read; SIGNED_IN: reads need a user, token or JWT too
 * @param users      people who sign in with a password (store only its bcrypt hash)
 * @param tokens     API tokens for programs (store only the token's SHA-256)
 * @param jwtRolesClaim in JWT mode, the claim that lists a caller's roles
 */
@ConfigurationProperties("lettergraph.security")
public record AccessProperties(@DefaultValue("BASIC") Mode mode, @DefaultValue("PUBLIC") ReadAccess readAccess,
		List<User> users, List<Token> tokens, @DefaultValue("roles") String jwtRolesClaim) {

	public AccessProperties {
		users = (users != null) ? List.copyOf(users) : List.of();
		tokens = (tokens != null) ? List.copyOf(tokens) : List.of();
	}

	public enum Mode {

		BASIC, JWT
	}

	public enum ReadAccess {

		PUBLIC, SIGNED_IN
	}

	/** A person: name, bcrypt hash of the password ({@code hash-password} prints one), roles such as EDITOR. */
	public record User(String name, String passwordHash, List<String> roles) {

		public User {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}
	}

	/** A program: a name to attribute its writes to, the SHA-256 (hex) of its token, its roles. */
	public record Token(String name, String sha256, List<String> roles) {

		public Token {
			roles = (roles != null) ? List.copyOf(roles) : List.of();
		}
	}

	/** Whether anyone at all may write. */
	public boolean hasEditor() {
		return this.mode == Mode.JWT || this.users.stream().anyMatch(u -> u.roles().contains(Roles.EDITOR))
				|| this.tokens.stream().anyMatch(t -> t.roles().contains(Roles.EDITOR));
	}
}
