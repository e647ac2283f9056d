package org.lettergraph.security;

import java.util.Collection;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.web.PathPatternRequestMatcherBuilderFactoryBean;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Reads through /graphql are open unless configured otherwise; writes are guarded where they happen (every
 * mutation method needs EDITOR, and so does POST /ingest), because queries and mutations share one URL. People sign
 * in through the page (a signed session cookie, with a CSRF token), programs with a Bearer token or HTTP Basic; no
 * state-changing request from another web site's page is accepted ({@link SameOriginFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** The configured users; deliberately none by default, so there is no default password. */
	@Bean
	UserDetailsService lettergraphUsers(AccessProperties access) {
		return new InMemoryUserDetailsManager(access.users()
			.stream()
			.map(u -> User.withUsername(u.name())
				.password(u.passwordHash().startsWith("{") ? u.passwordHash() : "{bcrypt}" + u.passwordHash())
				.roles(u.roles().toArray(String[]::new))
				.build())
			.toList());
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The HTTP side: only in the web service, not in command-line runs. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnWebApplication
	static class Web {

		/**
		 * The paths of the rules below are matched as Spring's path patterns on the request's own path. Without this,
		 * each of those matchers asked Spring MVC which handler would serve the request (a lookup through every
		 * handler mapping, on every request: about 3 % of an empty GraphQL request's time).
		 */
		@Bean
		static PathPatternRequestMatcherBuilderFactoryBean requestMatcherBuilder() {
			return new PathPatternRequestMatcherBuilderFactoryBean();
		}

		/**
		 * CSRF tokens in the {@code XSRF-TOKEN} cookie, which the page reads and sends back as {@code X-XSRF-TOKEN}
		 * (double submit): no state on the server.
		 */
		@Bean
		CookieCsrfTokenRepository csrfTokenRepository() {
			CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
			tokens.setCookiePath("/");
			tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
			return tokens;
		}

		@Bean
		SecurityFilterChain lettergraphSecurity(HttpSecurity http, AccessProperties access,
				SessionProperties sessions, ErrorResponses errors, CookieCsrfTokenRepository csrfTokens,
				SessionCookies cookies, PageSignIns signIns) throws Exception {
		// The page's session is a signed cookie (SessionCookies), not a server-side HttpSession: stateless, so any
		// instance behind a load balancer answers. A request carrying that cookie must carry the CSRF token too when it
		// changes anything (POST included: GraphQL reads are POSTs as well, and the page always sends the token).
		// Bearer tokens are never sent by a browser on its own, so API clients need no CSRF token.
		http.csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
			.csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
			.requireCsrfProtectionMatcher(request -> !SAFE_METHODS.contains(request.getMethod())
					&& SessionCookies.present(request) && !SameOriginFilter.bearer(request))
			// The token changes when someone signs in or out (SessionController), not on every request: Spring
			// Security would otherwise take each request signed in by the cookie for a new sign-in and set a new
			// token in its answer, and of two requests the page sent at once, the second would carry a stale one.
			.sessionAuthenticationStrategy(new NullAuthenticatedSessionStrategy()))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
				// The page itself (no data in it) and signing in stay open, also when reads need a sign-in.
				requests.requestMatchers("/", "/index.html", "/js/**", "/css/**", "/screenshots/**", "/favicon.ico",
						"/session", "/session/**", "/error").permitAll();
				requests.requestMatchers(HttpMethod.POST, "/ingest").hasRole(Roles.EDITOR);
				requests.requestMatchers("/actuator/**").authenticated();
				if (access.readAccess() == AccessProperties.ReadAccess.PUBLIC) {
					requests.anyRequest().permitAll();
				}
				else {
					requests.anyRequest().authenticated();
				}
			})
			.exceptionHandling(handling -> handling
				.authenticationEntryPoint((request, response, ex) -> errors.write(response, 401,
						access.hasEditor() ? "Sign in: in the page, with HTTP Basic and a configured user, or with "
								+ "Authorization: Bearer and an API token." : Roles.NO_EDITOR))
				.accessDeniedHandler((request, response, ex) -> errors.write(response, 403,
						(ex instanceof CsrfException) ? CSRF_REFUSAL
								: "Signed in, but this needs the " + Roles.EDITOR + " role.")));
		// The page's own safety: no inline script (CSP), no Referer to other sites, no guessing of content types
		// (nosniff and X-Frame-Options: DENY are Spring Security's defaults, kept).
		http.headers(headers -> headers.addHeaderWriter(new ContentSecurityPolicy())
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		http.addFilterBefore(new SameOriginFilter(sessions, errors), CsrfFilter.class);
		if (access.mode() == AccessProperties.Mode.JWT) {
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles(access))));
			http.addFilterBefore(new SessionAuthenticationFilter(cookies, signIns), BearerTokenAuthenticationFilter.class);
		}
		else {
			http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> errors.write(response,
					401, SessionController.NOT_ACCEPTED)));
			http.addFilterBefore(new ApiTokenAuthenticationFilter(access, errors), BasicAuthenticationFilter.class);
			http.addFilterBefore(new SessionAuthenticationFilter(cookies, signIns), BasicAuthenticationFilter.class);
		}
		return http.build();
		}
	}

	private static final java.util.Set<String> SAFE_METHODS = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	static final String CSRF_REFUSAL = "Refused: this request carries the page's sign-in but not its CSRF token "
			+ "(the X-XSRF-TOKEN header, with the value of the XSRF-TOKEN cookie). Reload the page and try again. "
			+ "Nothing was written.";

	/** JWT roles from the configured claim (a list of names such as EDITOR). */
	private static Converter<Jwt, AbstractAuthenticationToken> roles(AccessProperties access) {
		return jwt -> {
			Object claim = jwt.getClaims().get(access.jwtRolesClaim());
			List<GrantedAuthority> authorities = (claim instanceof Collection<?> values)
					? values.stream().map(v -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + v)).toList()
					: List.of();
			return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
		};
	}
}
