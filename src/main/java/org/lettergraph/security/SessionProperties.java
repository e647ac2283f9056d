package org.lettergraph.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signing in through the page.
 *
 * @param sessionSecret   the key that signs session cookies; every instance behind one load balancer needs the same
 *                        one (unset: a random key per process, so a restart signs everyone out)
 * @param sessionDuration how long a sign-in lasts without use; a page in use renews it
 * @param allowedOrigins  other origins (scheme://host[:port]) whose pages may send writes, besides the service's own;
 *                        only for a proxy that rewrites the Host header
 */
@ConfigurationProperties("lettergraph.security")
public record SessionProperties(String sessionSecret, @DefaultValue("8h") Duration sessionDuration,
		List<String> allowedOrigins) {

	public SessionProperties {
		allowedOrigins = (allowedOrigins != null) ? List.copyOf(allowedOrigins) : List.of();
	}
}
