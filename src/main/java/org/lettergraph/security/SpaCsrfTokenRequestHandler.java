package org.lettergraph.security;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF tokens for a page that reads the {@code XSRF-TOKEN} cookie and sends its value back in {@code X-XSRF-TOKEN}
 * (Spring Security's recipe for single-page applications): the header holds the cookie's plain value, a form field
 * the masked one. The token is loaded on every request that could come from the page (a {@code GET}, or any request
 * carrying cookies), so that the cookie is set on the page's first load rather than only when a protected request
 * needs it. A request of another method with no cookies at all (a program reading through {@code POST /graphql})
 * gets no token made up and no {@code XSRF-TOKEN} cookie it would not use: such a request needs no token (only one
 * carrying the page's session cookie does), and the page, which loads with a {@code GET}, and signing in, which
 * gives a new token, still set the cookie.
 */
final class SpaCsrfTokenRequestHandler implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();

	private final CsrfTokenRequestHandler xor = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		this.xor.handle(request, response, csrfToken);
		if (mayBeThePage(request)) {
			csrfToken.get();
		}
	}

	private static boolean mayBeThePage(HttpServletRequest request) {
		String method = request.getMethod();
		return "GET".equals(method) || "HEAD".equals(method) || request.getHeader("Cookie") != null;
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		String header = request.getHeader(csrfToken.getHeaderName());
		return (StringUtils.hasText(header) ? this.plain : this.xor).resolveCsrfTokenValue(request, csrfToken);
	}
}
