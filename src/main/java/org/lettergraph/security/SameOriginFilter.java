package org.lettergraph.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses every state-changing request (anything but GET, HEAD, OPTIONS, TRACE) that a browser sent from a page of
 * another origin: its {@code Origin} header (or, without one, its {@code Referer}) names another scheme, host or
 * port than the service's own. This holds whatever the request carries (a session cookie, or HTTP Basic credentials a
 * browser keeps), so another site's form can never write. Programs are not affected: curl sends neither header, and a
 * request with {@code Authorization: Bearer} is never sent by a browser on its own.
 * <p>
 * The service's own origin is the one the request was made to; behind a proxy that is what the proxy's
 * {@code X-Forwarded-Proto}/{@code -Host}/{@code -Port} say ({@code server.forward-headers-strategy}).
 */
class SameOriginFilter extends OncePerRequestFilter {

	static final String REFUSAL = "Refused: this request came from a page of another web site (%s), and only the "
			+ "service's own page may change the graph. Nothing was written.";

	private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	private final Set<String> allowed;

	private final ErrorResponses errors;

	SameOriginFilter(SessionProperties properties, ErrorResponses errors) {
		this.allowed = properties.allowedOrigins()
			.stream()
			.map(o -> normalise(o.strip()))
			.collect(Collectors.toUnmodifiableSet());
		this.errors = errors;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!SAFE.contains(request.getMethod()) && !bearer(request)) {
			String from = requestOrigin(request);
			if (from != null && !from.equals(ownOrigin(request)) && !this.allowed.contains(from)) {
				this.errors.write(response, HttpServletResponse.SC_FORBIDDEN, REFUSAL.formatted(from));
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean bearer(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
	}

	/** The origin the browser says the request came from; null when it says nothing (a program). */
	private static String requestOrigin(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		if (origin != null) {
			// "null" is what a browser sends for a sandboxed page or a file: it is never the service's own page.
			return origin.equals("null") ? "null" : normalise(origin.strip());
		}
		String referer = request.getHeader("Referer");
		if (referer != null && !referer.isBlank()) {
			try {
				URI uri = URI.create(referer.strip());
				return (uri.getScheme() != null && uri.getHost() != null)
						? origin(uri.getScheme(), uri.getHost(), uri.getPort()) : "null";
			}
			catch (IllegalArgumentException ex) {
				return "null";
			}
		}
		return null;
	}

	private static String ownOrigin(HttpServletRequest request) {
		return origin(request.getScheme(), request.getServerName(), request.getServerPort());
	}

	private static String normalise(String origin) {
		try {
			URI uri = URI.create(origin);
			return (uri.getScheme() != null && uri.getHost() != null)
					? origin(uri.getScheme(), uri.getHost(), uri.getPort()) : origin.toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			return origin.toLowerCase(Locale.ROOT);
		}
	}

	private static String origin(String scheme, String host, int port) {
		String s = scheme.toLowerCase(Locale.ROOT);
		boolean defaultPort = port < 0 || (s.equals("http") && port == 80) || (s.equals("https") && port == 443);
		String h = host.toLowerCase(Locale.ROOT);
		if (h.contains(":") && !h.startsWith("[")) {
			h = "[" + h + "]";
		}
		return s + "://" + h + (defaultPort ? "" : ":" + port);
	}
}
