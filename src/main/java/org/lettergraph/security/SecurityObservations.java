package org.lettergraph.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes nothing: no observation around each filter of its chain, each authentication or each
 * authorization. {@code management.observations.enable.spring.security=false} already kept those observations from
 * recording, but the chain was still wrapped, filter by filter, in the code that would start them; without that
 * wrapping an empty GraphQL request costs less (see the README's fixed-cost figures). Authentication and
 * authorization themselves are unchanged, and {@code http.server.requests} still times every request.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}
}
