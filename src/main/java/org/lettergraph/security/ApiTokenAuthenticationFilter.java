package org.lettergraph.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} for configured API tokens. Only the token's SHA-256 is configured, so a
 * leaked configuration does not leak a token; a token is long and random, so a plain hash is enough.
 */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private final Map<String, AccessProperties.Token> byHash;

	private final ErrorResponses errors;

	ApiTokenAuthenticationFilter(AccessProperties properties, ErrorResponses errors) {
		this.byHash = properties.tokens()
			.stream()
			.collect(Collectors.toMap(t -> t.sha256().toLowerCase(java.util.Locale.ROOT), t -> t, (a, b) -> a));
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			AccessProperties.Token token = this.byHash.get(sha256(header.substring(7).strip()));
			if (token == null) {
				this.errors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
						"This API token is not known to the service.");
				return;
			}
			var authentication = UsernamePasswordAuthenticationToken.authenticated(token.name(), null,
					token.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
			SecurityContextHolder.getContext().setAuthentication(authentication);
		}
		chain.doFilter(request, response);
	}

	static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}
}
