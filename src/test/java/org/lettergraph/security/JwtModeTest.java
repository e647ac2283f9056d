package org.lettergraph.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code lettergraph.security.mode=JWT} the service is an OAuth2 resource server: a JWT signed with the
 * configured key and not expired signs a program in, with the roles of its {@code roles} claim; anything else is a
 * 401. People still sign in through the page with the configured users (a session cookie, with its CSRF token).
 * The key pair is made for this test; the public key is handed to Spring Boot as a PEM file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "lettergraph.bundled-data=false", "lettergraph.security.mode=JWT" })
@ActiveProfiles("test")
@DirtiesContext
class JwtModeTest {

	private static final KeyPair KEYS = rsa();

	private static final KeyPair SOMEONE_ELSES = rsa();

	/** An editor-only mutation on an actor that is not there: "no actor with id" once past the role check, FORBIDDEN before. */
	private static final String ALIAS = "mutation { addAlias(actorId: \"org:nobody-here\", alias: \"Nobody\") { id } }";

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void publicKey(DynamicPropertyRegistry registry) throws Exception {
		Path pem = Files.createTempFile("lettergraph-jwt-", ".pem");
		pem.toFile().deleteOnExit();
		Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
					.encodeToString(KEYS.getPublic().getEncoded())
				+ "\n-----END PUBLIC KEY-----\n");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> pem.toUri().toString());
	}

	@Test
	void aJwtWithTheEditorRoleWritesOneWithoutIsRefused() throws Exception {
		String editor = jwt(KEYS, "ana@example.org", List.of("EDITOR"), Instant.now().plus(Duration.ofMinutes(5)));
		HttpResponse<String> who = send(request("/session").header("Authorization", "Bearer " + editor).GET());
		assertThat(who.statusCode()).isEqualTo(200);
		assertThat(who.body()).contains("\"signedIn\":true")
			.contains("\"name\":\"ana@example.org\"")
			.contains("\"editor\":true")
			.contains("\"session\":false");
		HttpResponse<String> write = send(graphQl(ALIAS).header("Authorization", "Bearer " + editor));
		assertThat(write.statusCode()).isEqualTo(200);
		assertThat(write.body()).as("past the role check").contains("no actor with id").doesNotContain("FORBIDDEN");

		String reader = jwt(KEYS, "bo@example.org", List.of(), Instant.now().plus(Duration.ofMinutes(5)));
		HttpResponse<String> refused = send(graphQl(ALIAS).header("Authorization", "Bearer " + reader));
		assertThat(refused.body()).contains("FORBIDDEN");
		HttpResponse<String> read = send(graphQl("{ stats { letters } }").header("Authorization", "Bearer " + reader));
		assertThat(read.body()).contains("\"letters\":0");
	}

	@Test
	void aJwtSignedWithAnotherKeyOrExpiredOrNotAJwtIsA401() throws Exception {
		for (String bearer : List.of(
				jwt(SOMEONE_ELSES, "mallory@example.org", List.of("EDITOR"), Instant.now().plus(Duration.ofMinutes(5))),
				jwt(KEYS, "ana@example.org", List.of("EDITOR"), Instant.now().minus(Duration.ofMinutes(5))),
				"not-a-jwt")) {
			HttpResponse<String> refused = send(graphQl(ALIAS).header("Authorization", "Bearer " + bearer));
			assertThat(refused.statusCode()).as(bearer).isEqualTo(401);
			assertThat(refused.body()).as(bearer).doesNotContain("Nobody");
			assertThat(refused.headers().allValues("WWW-Authenticate")).as("never a Basic challenge")
				.noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("basic"));
		}
	}

	@Test
	void peopleStillSignInThroughThePageWithItsCsrfToken() throws Exception {
		HttpResponse<String> signedIn = send(request("/session").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"username\":\"editor\",\"password\":\"editor-password-1\"}")));
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
		String session = cookie(signedIn, SessionCookies.NAME);
		String csrf = cookie(signedIn, "XSRF-TOKEN");
		assertThat(session).isNotBlank();
		assertThat(signedIn.body()).contains("\"csrfToken\":\"" + csrf + "\"");
		String cookies = SessionCookies.NAME + "=" + session + "; XSRF-TOKEN=" + csrf;

		HttpResponse<String> who = send(request("/session").header("Cookie", cookies).GET());
		assertThat(who.body()).contains("\"signedIn\":true").contains("\"name\":\"editor\"").contains("\"session\":true");
		assertThat(send(graphQl(ALIAS).header("Cookie", cookies)).statusCode()).as("no CSRF header").isEqualTo(403);
		HttpResponse<String> write = send(graphQl(ALIAS).header("Cookie", cookies).header("X-XSRF-TOKEN", csrf));
		assertThat(write.body()).contains("no actor with id").doesNotContain("FORBIDDEN");
	}

	private static String jwt(KeyPair keys, String subject, List<String> roles, Instant expires) throws JOSEException {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject)
			.claim("roles", roles)
			.issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
			.expirationTime(Date.from(expires))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		jwt.sign(new RSASSASigner(keys.getPrivate()));
		return jwt.serialize();
	}

	private static KeyPair rsa() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is part of every Java runtime", ex);
		}
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).header("Accept", "application/json");
	}

	private HttpRequest.Builder graphQl(String document) {
		return request("/graphql").header("Content-Type", "application/json")
			.POST(BodyPublishers.ofString("{\"query\":\"" + document.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}"));
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The value of the last Set-Cookie for this cookie (as a browser keeps it), or null. */
	private static String cookie(HttpResponse<?> response, String name) {
		List<String> lines = response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.toList();
		if (lines.isEmpty()) {
			return null;
		}
		String value = lines.get(lines.size() - 1).substring(name.length() + 1).split(";", 2)[0];
		return value.isEmpty() ? null : value;
	}
}
