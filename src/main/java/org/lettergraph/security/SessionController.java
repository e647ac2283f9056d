package org.lettergraph.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signing in and out of the page.
 * <ul>
 * <li>{@code POST /session} with {@code username} and {@code password} (a form or JSON), or {@code token} (an API
 * token): sets the session cookie and answers who signed in, {@code {signedIn, name, roles, editor}}; a wrong name or
 * password is a 401 with a plain message (and never an HTTP Basic challenge, so a browser shows no password
 * dialog).</li>
 * <li>{@code GET /session}: the same answer for whoever the request is signed in as, or {@code signedIn: false}.</li>
 * <li>{@code POST /session/sign-out} or {@code DELETE /session}: removes the cookie.</li>
 * </ul>
 * Signing in or out also gives the page a new CSRF token. Each answer carries the page's CSRF token
 * ({@code csrfToken}, also the {@code XSRF-TOKEN} cookie's value), which the page sends back in {@code X-XSRF-TOKEN}.
 */
@RestController
@ConditionalOnWebApplication
class SessionController {

	static final String NOT_ACCEPTED = "The user name or password was not accepted.";

	private final PageSignIns signIns;

	private final SessionCookies cookies;

	private final CsrfTokenRepository csrfTokens;

	SessionController(PageSignIns signIns, SessionCookies cookies, CsrfTokenRepository csrfTokens) {
		this.signIns = signIns;
		this.cookies = cookies;
		this.csrfTokens = csrfTokens;
	}

	@GetMapping(path = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> current(HttpServletRequest request, HttpServletResponse response) {
		return withToken(describe(SecurityContextHolder.getContext().getAuthentication()),
				currentCsrfToken(request, response));
	}

	@PostMapping(path = "/session", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> signInJson(@RequestBody(required = false) Map<String, Object> body,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, Object> fields = (body != null) ? body : Map.of();
		return signIn(text(fields.get("username")), text(fields.get("password")), text(fields.get("token")), request,
				response);
	}

	@PostMapping(path = "/session", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> signInForm(@RequestParam(name = "username", required = false) String username,
			@RequestParam(name = "password", required = false) String password,
			@RequestParam(name = "token", required = false) String token, HttpServletRequest request,
			HttpServletResponse response) {
		return signIn(username, password, token, request, response);
	}

	@PostMapping(path = "/session/sign-out", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> signOut(HttpServletRequest request, HttpServletResponse response) {
		this.cookies.clear(request, response);
		String token = newCsrfToken(request, response);
		SecurityContextHolder.clearContext();
		return withToken(describe(null), token);
	}

	@DeleteMapping(path = "/session", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> delete(HttpServletRequest request, HttpServletResponse response) {
		return signOut(request, response);
	}

	private ResponseEntity<Map<String, Object>> signIn(String username, String password, String token,
			HttpServletRequest request, HttpServletResponse response) {
		if (!this.signIns.anyone()) {
			return refuse("Nobody can sign in: no users or tokens are configured. " + Roles.NO_EDITOR);
		}
		boolean withToken = (username == null || username.isBlank()) && token != null && !token.isBlank();
		if (!withToken && (username == null || username.isBlank() || password == null || password.isEmpty())) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "Give a user name and a password (or an API token)."));
		}
		Optional<PageSignIns.SignedIn> signedIn = withToken ? this.signIns.withToken(token)
				: this.signIns.withPassword(username, password);
		if (signedIn.isEmpty()) {
			return refuse(withToken ? "This API token is not known to the service." : NOT_ACCEPTED);
		}
		PageSignIns.SignedIn who = signedIn.get();
		this.cookies.issue(request, response, who.kind(), who.authentication().getName(), who.secretHash());
		String csrf = newCsrfToken(request, response);
		return ResponseEntity.ok(withToken(describe(who.authentication()), csrf));
	}

	private static ResponseEntity<Map<String, Object>> refuse(String message) {
		// A plain 401: no WWW-Authenticate: Basic, so that the browser does not ask for a password itself.
		return ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", message));
	}

	/** A new CSRF token with every change of who is signed in, so that a token seen before does not carry over. */
	private String newCsrfToken(HttpServletRequest request, HttpServletResponse response) {
		CsrfToken token = this.csrfTokens.generateToken(request);
		this.csrfTokens.saveToken(token, request, response);
		return token.getToken();
	}

	/**
	 * The CSRF token of the request's cookie, or a new one (then set as the cookie) when it carries none: the value the
	 * page sends back in {@code X-XSRF-TOKEN}. Spring Security's filter has already loaded it for this request; asking
	 * that one, rather than the repository again, keeps one token per response.
	 */
	private String currentCsrfToken(HttpServletRequest request, HttpServletResponse response) {
		Object loaded = request.getAttribute(DeferredCsrfToken.class.getName());
		DeferredCsrfToken deferred = (loaded instanceof DeferredCsrfToken d) ? d
				: this.csrfTokens.loadDeferredToken(request, response);
		return deferred.get().getToken();
	}

	/**
	 * The answer with the page's CSRF token in it: the page takes the token from here, not from
	 * {@code document.cookie}, whose view in a browser's script can lag behind the cookie the browser sends. Only a
	 * page of this origin can read the answer.
	 */
	private static Map<String, Object> withToken(Map<String, Object> answer, String csrfToken) {
		answer.put("csrfToken", csrfToken);
		return answer;
	}

	static Map<String, Object> describe(Authentication who) {
		Map<String, Object> answer = new LinkedHashMap<>();
		boolean signedIn = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
		List<String> roles = signedIn ? who.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring(5))
			.sorted()
			.toList() : List.of();
		answer.put("signedIn", signedIn);
		answer.put("name", signedIn ? who.getName() : null);
		answer.put("roles", roles);
		answer.put("editor", roles.contains(Roles.EDITOR));
		// Whether the page's session cookie signs this request in (and so whether signing out in the page ends it);
		// false for HTTP Basic and Bearer.
		answer.put("session", signedIn && SessionCookies.NAME.equals(who.getDetails()));
		return answer;
	}

	private static String text(Object value) {
		return (value instanceof String s) ? s : null;
	}
}
