package org.lettergraph.bench;

import java.nio.file.Path;

import org.lettergraph.LettergraphApplication;
import org.lettergraph.network.CoSignatureIndex;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The service as the benchmark runs it, in this JVM: started on a data folder, and its heap measured. */
final class BenchService {

	private BenchService() {
	}

	static ConfigurableApplicationContext start(Path dataDir, StatementCounter counter) {
		SpringApplication application = new SpringApplication(LettergraphApplication.class);
		application.setBannerMode(Banner.Mode.OFF);
		application.setLogStartupInfo(false);
		application.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(counter));
		return application.run("--lettergraph.embedded.data-dir=" + dataDir, "--lettergraph.embedded.bolt-port=0",
				"--server.port=0", "--lettergraph.bundled-data=false",
				// The 1,000-signer letter is read in one page; the cost limit scales with first, so it is raised too.
				"--lettergraph.paging.max-page-size=1000", "--lettergraph.limits.max-complexity=1000000",
				"--lettergraph.limits.request-timeout=120s", "--spring.graphql.graphiql.enabled=false",
				"--logging.level.root=WARN");
	}

	/** The index builds in the background after start-up; the heap is measured with it in place. */
	static void awaitIndex(CoSignatureIndex index) {
		long deadline = System.nanoTime() + 120_000_000_000L;
		while (!index.isCurrent() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		// The index answers counts before it has read its names and roles, which shortest paths need.
		index.awaitRebuilds();
	}

	/** The heap in use after collecting garbage (the harness's own objects included). */
	static long heapAfterGc() {
		gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	static void gc() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
	}
}
