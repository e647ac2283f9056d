package org.lettergraph.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed session cookie on its own: what it accepts, for how long, and that another key cannot read it. */
class SessionCookiesTest {

	static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");

	static final SessionProperties PROPERTIES = new SessionProperties("a-test-secret-that-is-long-enough-0123456789",
			Duration.ofHours(8), List.of());

	@Test
	void aCookieIsReadBackUntilItExpiresAndRenewedPastHalfItsTime() {
		String value = issue(new SessionCookies(PROPERTIES, at(NOW)), "maria");
		SessionCookies.Session session = new SessionCookies(PROPERTIES, at(NOW.plusSeconds(60))).read(withCookie(value))
			.orElseThrow();
		assertThat(session.name()).isEqualTo("maria");
		assertThat(session.kind()).isEqualTo(SessionCookies.Kind.USER);
		assertThat(session.expires()).isEqualTo(NOW.plus(Duration.ofHours(8)));
		assertThat(new SessionCookies(PROPERTIES, at(NOW.plusSeconds(60))).dueForRenewal(session)).isFalse();
		assertThat(new SessionCookies(PROPERTIES, at(NOW.plus(Duration.ofHours(5)))).dueForRenewal(session)).isTrue();
		assertThat(new SessionCookies(PROPERTIES, at(NOW.plus(Duration.ofHours(8)))).read(withCookie(value)))
			.as("expired").isEmpty();
	}

	@Test
	void aCookieSignedWithAnotherKeyOrChangedIsNotAccepted() {
		String value = issue(new SessionCookies(PROPERTIES, at(NOW)), "maria");
		var otherKey = new SessionCookies(new SessionProperties("another-secret-altogether-0123456789abcdef",
				Duration.ofHours(8), List.of()), at(NOW));
		assertThat(otherKey.read(withCookie(value))).isEmpty();
		String payload = value.substring(0, value.indexOf('.'));
		String forged = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
				new String(java.util.Base64.getUrlDecoder().decode(payload)).replace("maria", "admin").getBytes())
				+ value.substring(value.indexOf('.'));
		assertThat(new SessionCookies(PROPERTIES, at(NOW)).read(withCookie(forged))).isEmpty();
		assertThat(new SessionCookies(PROPERTIES, at(NOW)).read(withCookie("not-a-cookie"))).isEmpty();
		assertThat(new SessionCookies(PROPERTIES, at(NOW)).read(withCookie(value))).isPresent();
	}

	@Test
	void theCookieIsHttpOnlyLaxOnPathSlashAndSecureOverHttps() {
		var cookies = new SessionCookies(PROPERTIES, at(NOW));
		var request = new MockHttpServletRequest();
		var response = new MockHttpServletResponse();
		cookies.issue(request, response, SessionCookies.Kind.USER, "maria", "{bcrypt}hash");
		assertThat(response.getHeader("Set-Cookie")).contains("HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=28800")
			.doesNotContain("Secure").doesNotContain("bcrypt").doesNotContain("hash");
		request.setSecure(true);
		var secure = new MockHttpServletResponse();
		cookies.issue(request, secure, SessionCookies.Kind.USER, "maria", "{bcrypt}hash");
		assertThat(secure.getHeader("Set-Cookie")).contains("Secure");
	}

	private static String issue(SessionCookies cookies, String name) {
		var response = new MockHttpServletResponse();
		cookies.issue(new MockHttpServletRequest(), response, SessionCookies.Kind.USER, name, "{bcrypt}hash-of-" + name);
		String header = response.getHeader("Set-Cookie");
		return header.substring(SessionCookies.NAME.length() + 1, header.indexOf(';'));
	}

	private static MockHttpServletRequest withCookie(String value) {
		var request = new MockHttpServletRequest();
		request.setCookies(new Cookie(SessionCookies.NAME, value));
		return request;
	}

	private static Clock at(Instant instant) {
		return Clock.fixed(instant, ZoneOffset.UTC);
	}
}
