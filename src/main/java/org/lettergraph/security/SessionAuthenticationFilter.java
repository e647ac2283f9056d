package org.lettergraph.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs a request in from the page's session cookie ({@link SessionCookies}), unless it carries credentials of its
 * own (HTTP Basic or a Bearer token), which then decide. A cookie that is not valid any more (expired, signed with
 * another key, its user gone or their password changed) is removed from the browser, and the request goes on
 * unsigned. A session past half its time is renewed, so that a page in use stays signed in.
 */
class SessionAuthenticationFilter extends OncePerRequestFilter {

	private final SessionCookies cookies;

	private final PageSignIns signIns;

	SessionAuthenticationFilter(SessionCookies cookies, PageSignIns signIns) {
		this.cookies = cookies;
		this.signIns = signIns;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getHeader("Authorization") == null && SessionCookies.present(request)) {
			var session = this.cookies.read(request);
			var authentication = session.flatMap(s -> this.signIns.resume(s, this.cookies));
			if (authentication.isPresent()) {
				SecurityContextHolder.getContext().setAuthentication(authentication.get());
				if (this.cookies.dueForRenewal(session.get())) {
					this.cookies.renew(request, response, session.get());
				}
			}
			else {
				this.cookies.clear(request, response);
			}
		}
		chain.doFilter(request, response);
	}
}
