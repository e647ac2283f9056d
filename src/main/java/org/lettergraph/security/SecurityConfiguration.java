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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Reads through /graphql are open unless configured otherwise; writes are guarded where they happen (every
 * mutation method needs EDITOR, and so does POST /ingest), because queries and mutations share one URL.
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

		@Bean
		SecurityFilterChain lettergraphSecurity(HttpSecurity http, AccessProperties access, ErrorResponses errors)
			throws Exception {
		http.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
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
						access.hasEditor() ? "Sign in: HTTP Basic with a configured user, or Authorization: Bearer "
								+ "with an API token." : Roles.NO_EDITOR))
				.accessDeniedHandler((request, response, ex) -> errors.write(response, 403,
						"Signed in, but this needs the " + Roles.EDITOR + " role.")));
		if (access.mode() == AccessProperties.Mode.JWT) {
			http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles(access))));
		}
		else {
			http.httpBasic(basic -> basic.authenticationEntryPoint((request, response, ex) -> errors.write(response,
					401, "The user name or password was not accepted.")));
			http.addFilterBefore(new ApiTokenAuthenticationFilter(access, errors), BasicAuthenticationFilter.class);
		}
		return http.build();
		}
	}

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
