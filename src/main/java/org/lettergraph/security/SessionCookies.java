package org.lettergraph.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * The sign-in of the page, kept in the browser rather than in one instance's memory: a cookie holding who signed in
 * and until when, signed with an HMAC so that it cannot be made or changed without the secret. Any instance with the
 * same secret accepts it, so the service stays stateless behind a load balancer.
 * <p>
 * The cookie also carries a fingerprint of the user's password hash (or the token's hash): changing a password or
 * replacing a token ends the sign-ins made with the old one. Signing out removes the cookie from the browser; a copy
 * taken before then stays valid until it expires, as with any stateless session.
 */
@Component
public class SessionCookies {

	/** The session cookie's name. */
	public static final String NAME = "lettergraph-session";

	private static final Logger log = LoggerFactory.getLogger(SessionCookies.class);

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final ObjectMapper json = new ObjectMapper();

	private final SecretKeySpec key;

	private final Duration duration;

	private final Clock clock;

	@Autowired
	SessionCookies(SessionProperties properties) {
		this(properties, Clock.systemUTC());
	}

	SessionCookies(SessionProperties properties, Clock clock) {
		byte[] secret;
		if (properties.sessionSecret() == null || properties.sessionSecret().isBlank()) {
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
			log.warn("lettergraph.security.session-secret is not set: sign-ins in the page are signed with a key made "
					+ "up for this process, so they end when it stops, and several instances behind one load balancer "
					+ "do not accept each other's. Set the same secret (32 random characters or more) on every instance.");
		}
		else {
			secret = properties.sessionSecret().getBytes(StandardCharsets.UTF_8);
			if (secret.length < 32) {
				log.warn("lettergraph.security.session-secret is shorter than 32 characters; choose a longer, random one.");
			}
		}
		this.key = new SecretKeySpec(secret, "HmacSHA256");
		this.duration = properties.sessionDuration();
		this.clock = clock;
	}

	/** What a valid cookie says: a user or a token, its name, the fingerprint of its secret, when it ends. */
	public record Session(Kind kind, String name, String fingerprint, Instant expires) {
	}

	public enum Kind {

		USER, TOKEN
	}

	/** The session in the request's cookie, when there is one, it is signed with this key and has not expired. */
	Optional<Session> read(HttpServletRequest request) {
		String value = value(request);
		if (value == null) {
			return Optional.empty();
		}
		int dot = value.indexOf('.');
		if (dot < 0) {
			return Optional.empty();
		}
		String payload = value.substring(0, dot);
		byte[] signature;
		try {
			signature = Base64.getUrlDecoder().decode(value.substring(dot + 1));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (!MessageDigest.isEqual(mac("session:" + payload), signature)) {
			return Optional.empty();
		}
		try {
			Map<?, ?> fields = this.json.readValue(Base64.getUrlDecoder().decode(payload), Map.class);
			Session session = new Session(Kind.valueOf((String) fields.get("k")), (String) fields.get("n"),
					(String) fields.get("f"), Instant.ofEpochSecond(((Number) fields.get("x")).longValue()));
			return session.expires().isAfter(this.clock.instant()) ? Optional.of(session) : Optional.empty();
		}
		catch (java.io.IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** Whether the request carries a session cookie at all (valid or not). */
	static boolean present(HttpServletRequest request) {
		return value(request) != null;
	}

	/** Whether more than half of the session's time has passed, so that it should be renewed. */
	boolean dueForRenewal(Session session) {
		return Duration.between(this.clock.instant(), session.expires()).compareTo(this.duration.dividedBy(2)) < 0;
	}

	/** Sets a fresh session cookie for this user or token. */
	void issue(HttpServletRequest request, HttpServletResponse response, Kind kind, String name, String secretHash) {
		write(request, response, kind, name, fingerprint(secretHash));
	}

	/** Sets the same session again, with a new expiry. */
	void renew(HttpServletRequest request, HttpServletResponse response, Session session) {
		write(request, response, session.kind(), session.name(), session.fingerprint());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, Kind kind, String name,
			String fingerprint) {
		long expires = this.clock.instant().plus(this.duration).getEpochSecond();
		try {
			String payload = BASE64.encodeToString(this.json
				.writeValueAsBytes(Map.of("k", kind.name(), "n", name, "f", fingerprint, "x", expires)));
			String value = payload + "." + BASE64.encodeToString(mac("session:" + payload));
			response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, value, this.duration).toString());
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalStateException("A map of strings and a number is always JSON", ex);
		}
	}

	/** Removes the session cookie from the browser. */
	void clear(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.SET_COOKIE, cookie(request, "", Duration.ZERO).toString());
	}

	/** A short keyed digest of a password hash or token hash: the cookie shows neither. */
	String fingerprint(String secretHash) {
		return BASE64.encodeToString(Arrays.copyOf(mac("fingerprint:" + secretHash), 16));
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, Duration maxAge) {
		return ResponseCookie.from(NAME, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(maxAge)
			.build();
	}

	private static String value(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName()) && cookie.getValue() != null && !cookie.getValue().isEmpty()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private byte[] mac(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every Java runtime", ex);
		}
	}
}
