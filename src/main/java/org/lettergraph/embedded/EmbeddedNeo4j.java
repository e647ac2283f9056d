package org.lettergraph.embedded;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.gds.betweenness.BetweennessCentralityStreamProc;
import org.neo4j.gds.catalog.GraphDropProc;
import org.neo4j.gds.functions.AsNodeFunc;
import org.neo4j.gds.leiden.LeidenStreamProc;
import org.neo4j.gds.pagerank.PageRankStreamProc;
import org.neo4j.gds.similarity.filterednodesim.FilteredNodeSimilarityStreamProc;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.monitoring.Monitors;
import org.neo4j.storageengine.api.TransactionIdStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j Community database running inside this JVM, reachable over Bolt on the loopback interface only
 * (authentication is off, so it must never listen anywhere else).
 */
public final class EmbeddedNeo4j implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);

	/**
	 * The Graph Data Science procedures the service calls (blocs, similar actors, PageRank, betweenness, dropping
	 * their projected graphs). Only these are registered: all of GDS would add several seconds to every start. The Cypher projection
	 * {@code gds.graph.project} registers itself through GDS's kernel extension.
	 */
	static final List<Class<?>> GDS_PROCEDURES = List.of(LeidenStreamProc.class,
			FilteredNodeSimilarityStreamProc.class, PageRankStreamProc.class, BetweennessCentralityStreamProc.class,
			GraphDropProc.class);

	/** GDS functions the network package calls ({@code gds.util.asNode}). */
	static final List<Class<?>> GDS_FUNCTIONS = List.of(AsNodeFunc.class);

	private final DatabaseManagementService service;

	private final URI boltUri;

	private final TransactionIdStore transactions;

	private EmbeddedNeo4j(DatabaseManagementService service, URI boltUri, TransactionIdStore transactions) {
		this.service = service;
		this.boltUri = boltUri;
		this.transactions = transactions;
	}

	/**
	 * Starts the database under {@code home}, with the Graph Data Science procedures the service uses.
	 * @throws EmbeddedStartException with a plain explanation when the folder is locked or the port is taken
	 */
	public static EmbeddedNeo4j start(Path home, int boltPort) {
		return start(home, boltPort, true);
	}

	/**
	 * Starts the database under {@code home}; without {@code graphDataScience} it stands for a server that has no GDS
	 * plugin installed.
	 * @throws EmbeddedStartException with a plain explanation when the folder is locked or the port is taken
	 */
	public static EmbeddedNeo4j start(Path home, int boltPort, boolean graphDataScience) {
		return start(home, boltPort, graphDataScience, false);
	}

	/**
	 * Starts the database under {@code home}; with {@code anyPortWhenTaken}, a taken {@code boltPort} is not an
	 * error: the database listens on a free port instead, and says which.
	 * @throws EmbeddedStartException with a plain explanation when the folder is locked or the port is taken
	 */
	public static EmbeddedNeo4j start(Path home, int boltPort, boolean graphDataScience, boolean anyPortWhenTaken) {
		long started = System.nanoTime();
		Path dir = home.toAbsolutePath().normalize();
		// Checked before Neo4j starts: it only finds out when its Bolt server binds, after it has started (and then
		// stops) both databases, which took 45 s under load before the error surfaced.
		int port = boltPort;
		if (portTaken(boltPort)) {
			if (!anyPortWhenTaken) {
				throw EmbeddedStartException.portTaken(boltPort, null);
			}
			port = 0;
		}
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new EmbeddedStartException("Cannot create the data folder " + dir + ": " + ex.getMessage(), ex);
		}
		DatabaseManagementService service;
		try {
			service = new DatabaseManagementServiceBuilder(dir)
				.setConfig(BoltConnector.enabled, true)
				.setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
				.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.auth_enabled, false)
				.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(2))
				.setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
				// GDS reads the store through internal APIs, which Neo4j only opens to procedures allowed here.
				.setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
				// Without this, shutdown waits through two 5 s Netty quiet periods.
				.setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
				.build();
		}
		catch (RuntimeException ex) {
			throw EmbeddedStartException.explain(dir, port, ex);
		}
		GraphDatabaseAPI db = (GraphDatabaseAPI) service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (graphDataScience) {
			registerGds(service, db);
		}
		var address = db.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		URI uri = URI.create("bolt://localhost:" + address.getPort());
		log.info("Embedded Neo4j started in {} ms: data in {}, Bolt at {}", (System.nanoTime() - started) / 1_000_000,
				dir, uri);
		if (port != boltPort) {
			log.warn("Bolt port {} on localhost is taken (another Neo4j, such as Neo4j Desktop?), so the embedded "
					+ "database listens on {} instead; set LETTERGRAPH_BOLT_PORT to choose the port.", boltPort,
					address.getPort());
		}
		return new EmbeddedNeo4j(service, uri, db.getDependencyResolver().resolveDependency(TransactionIdStore.class));
	}

	/** Whether something already listens on {@code port} of the address Neo4j binds to ("localhost"). */
	static boolean portTaken(int port) {
		if (port == 0) {
			return false;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true); // as Neo4j's own server socket: a port in TIME_WAIT is free
			socket.bind(new InetSocketAddress(InetAddress.getByName("localhost"), port));
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

	/** Procedures on a server come from its plugins folder; in this process they are registered by hand. */
	private static void registerGds(DatabaseManagementService service, GraphDatabaseAPI db) {
		GlobalProcedures procedures = db.getDependencyResolver().resolveDependency(GlobalProcedures.class);
		try {
			for (Class<?> procedure : GDS_PROCEDURES) {
				procedures.registerProcedure(procedure);
			}
			for (Class<?> function : GDS_FUNCTIONS) {
				procedures.registerFunction(function);
			}
		}
		catch (ProcedureException | RuntimeException ex) {
			service.shutdown();
			throw new EmbeddedStartException("Graph Data Science did not register in the embedded Neo4j: "
					+ ex.getMessage(), ex);
		}
	}

	public URI boltUri() {
		return this.boltUri;
	}

	/**
	 * The id of the newest transaction of the default database that every reader sees (Neo4j's "last closed"
	 * transaction, as its bookmarks count them). Every committed write raises it, once its changes are applied and
	 * before its commit returns; reads leave it as it is. So a write whose changes were not all visible when this
	 * was read raises it afterwards: whoever reads the graph after reading this id, and finds the same id later,
	 * read the graph as it still is.
	 */
	public long lastClosedTransactionId() {
		return this.transactions.getLastClosedTransactionId();
	}

	/**
	 * Registers a listener told of every Cypher statement the default database runs, with its planning and execution
	 * times (the benchmark's breakdown of a write; nothing in the service registers one).
	 */
	public void addQueryMonitor(QueryExecutionMonitor monitor) {
		monitors().addMonitorListener(monitor);
	}

	/** Stops telling {@code monitor} of the statements the database runs. */
	public void removeQueryMonitor(QueryExecutionMonitor monitor) {
		monitors().removeMonitorListener(monitor);
	}

	private Monitors monitors() {
		GraphDatabaseAPI db = (GraphDatabaseAPI) this.service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return db.getDependencyResolver().resolveDependency(Monitors.class);
	}

	@Override
	public void close() {
		this.service.shutdown();
	}
}
