package org.lettergraph.embedded;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded database on a thread of its own as soon as the context begins to refresh, so that Neo4j's
 * start (about a third of the service's) runs while Spring builds everything else, instead of after it; the
 * {@link EmbeddedNeo4j} bean then waits for it. A taken Bolt port is found here too, before anything else is built.
 * Registered in {@code META-INF/spring.factories}; without a refresh (or with {@code spring.neo4j.uri} set) it does
 * nothing.
 */
public class EmbeddedNeo4jEarlyStart implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String BEAN_NAME = "embeddedNeo4jEarlyStart";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		// At refresh, not now: initializers that come later (a test's dynamic properties) may still set a server URI.
		context.addBeanFactoryPostProcessor(new Starter(context.getEnvironment()));
	}

	/** The database being started, for {@link EmbeddedNeo4jConfiguration} to take; closes it if nobody does. */
	static final class Pending implements DisposableBean {

		private final CompletableFuture<EmbeddedNeo4j> start;

		Pending(CompletableFuture<EmbeddedNeo4j> start) {
			this.start = start;
		}

		/** The started database; throws what stopped it from starting. */
		EmbeddedNeo4j get() {
			try {
				return this.start.join();
			}
			catch (CompletionException ex) {
				if (ex.getCause() instanceof RuntimeException cause) {
					throw cause;
				}
				throw ex;
			}
		}

		@Override
		public void destroy() {
			this.start.thenAccept(EmbeddedNeo4j::close).exceptionally(ex -> null).join();
		}
	}

	private record Starter(ConfigurableEnvironment environment) implements BeanDefinitionRegistryPostProcessor {

		@Override
		public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) throws BeansException {
			if (NoExternalNeo4jCondition.serverConfigured(this.environment)
					|| !(registry instanceof DefaultListableBeanFactory beanFactory)) {
				return;
			}
			EmbeddedNeo4jProperties properties = Binder.get(this.environment)
				.bindOrCreate("lettergraph.embedded", EmbeddedNeo4jProperties.class);
			if (!properties.anyPortWhenTaken() && EmbeddedNeo4j.portTaken(properties.port())) {
				throw EmbeddedStartException.portTaken(properties.port(), null); // now, not after Spring's build-up
			}
			CompletableFuture<EmbeddedNeo4j> start = new CompletableFuture<>();
			Thread thread = new Thread(() -> {
				try {
					start.complete(EmbeddedNeo4j.start(properties.dataDir(), properties.port(), true,
							properties.anyPortWhenTaken()));
				}
				catch (Throwable ex) {
					start.completeExceptionally(ex);
				}
			}, "embedded-neo4j-start");
			thread.setDaemon(true);
			thread.start();
			Pending pending = new Pending(start);
			beanFactory.registerSingleton(BEAN_NAME, pending);
			beanFactory.registerDisposableBean(BEAN_NAME, pending);
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
		}
	}
}
