package org.lettergraph.support;

import org.lettergraph.bench.StatementCounter;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

@TestConfiguration(proxyBeanMethods = false)
public class StatementCounterConfiguration {

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}
}
