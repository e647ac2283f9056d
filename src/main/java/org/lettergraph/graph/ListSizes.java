package org.lettergraph.graph;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * How many items a list field without paging ({@code Actor.letters}, {@code Program.letters}, ...) can return: the
 * largest such list anywhere in the graph, read from the store (degrees) by one housekeeping statement
 * ({@code graph/list-sizes}). The request cost limit counts these lists by it, so a list of thousands is not
 * counted as ten items.
 * <p>
 * The figures are read on first use and then again in the background once they are older than
 * {@link #MAX_AGE}, so no request waits for them but the first; writes made since are counted at the next refresh.
 * A field this class has no figure for counts as {@code lettergraph.limits.unbounded-list-size}, and no figure is
 * ever below that.
 */
@Component
public class ListSizes implements DisposableBean {

	/** The most years {@code coSignatureNetworkByYear} answers in one request, so the most networks it returns. */
	public static final int MAX_NETWORK_YEARS = 50;

	/** How old the figures may grow before a request starts a refresh in the background. */
	static final Duration MAX_AGE = Duration.ofSeconds(60);

	private static final Logger log = LoggerFactory.getLogger(ListSizes.class);

	/** The concrete types of the Actor interface: their list fields are the interface's. */
	private static final Set<String> ACTOR_TYPES = Set.of("Organization", "Lawmaker", "Official", "Person");

	private final Rows rows;

	private final int floor;

	private final ExecutorService refresher = Executors.newSingleThreadExecutor(r -> {
		Thread thread = new Thread(r, "list-sizes");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private volatile Map<String, Integer> sizes;

	private volatile long readAt;

	public ListSizes(Rows rows, QueryLimits limits) {
		this.rows = rows;
		this.floor = limits.unboundedListSize();
	}

	/** The most items {@code type.field} can return, or the configured size for a field without a figure. */
	public int of(String type, String field) {
		Map<String, Integer> current = current();
		String key = (ACTOR_TYPES.contains(type) ? "Actor" : type) + "." + field;
		return Math.max(this.floor, current.getOrDefault(key, this.floor));
	}

	/** Reads the figures now (after a write a test or command wants counted at once). */
	public void refresh() {
		Map<String, Object> row = this.rows.one("graph/list-sizes", Map.of());
		Map<String, Integer> read = new HashMap<>();
		int actorLetters = number(row, "actorLetters");
		read.put("Actor.letters", actorLetters);
		read.put("Actor.sources", number(row, "actorSources"));
		read.put("Program.letters", number(row, "programLetters"));
		read.put("Source.letters", number(row, "sourceLetters"));
		read.put("Letter.sources", number(row, "letterSources"));
		read.put("Letter.reports", number(row, "letterSources"));
		read.put("Letter.endorsers", number(row, "letterEndorsers"));
		// Parties are endorsers, addressees, cc and leads; leads are few, counted by the floor added here.
		read.put("Letter.parties", number(row, "letterParties") + this.floor);
		// The network's lists without paging: the signers a letter can share, the letters two actors can share.
		read.put("Query.commonSigners", number(row, "letterSigners"));
		read.put("Query.signedButNot", number(row, "letterSigners"));
		read.put("CoSigner.sharedLetters", actorLetters);
		read.put("Query.coSignatureNetworkByYear", MAX_NETWORK_YEARS);
		this.sizes = Map.copyOf(read);
		this.readAt = System.nanoTime();
	}

	private Map<String, Integer> current() {
		Map<String, Integer> current = this.sizes;
		if (current == null) {
			synchronized (this) {
				if (this.sizes == null) {
					try {
						refresh();
					}
					catch (RuntimeException ex) {
						// The request goes on, its lists counted by the configured size; the next one tries again.
						log.warn("Could not read the list sizes for the cost limit: {}", ex.getMessage());
						return Map.of();
					}
				}
				return this.sizes;
			}
		}
		if (System.nanoTime() - this.readAt > MAX_AGE.toNanos() && this.refreshing.compareAndSet(false, true)) {
			this.refresher.execute(() -> {
				try {
					refresh();
				}
				catch (RuntimeException ex) {
					log.warn("Could not read the list sizes for the cost limit; keeping the last ones: {}",
							ex.getMessage());
				}
				finally {
					this.refreshing.set(false);
				}
			});
		}
		return current;
	}

	private static int number(Map<String, Object> row, String key) {
		Integer value = Rows.integer(row, key);
		return (value != null) ? value : 0;
	}

	@Override
	public void destroy() {
		this.refresher.shutdownNow();
	}
}
