package org.lettergraph.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.neo4j.kernel.api.exceptions.Status;
import org.neo4j.kernel.api.query.ExecutingQuery;
import org.neo4j.kernel.api.query.QuerySnapshot;
import org.neo4j.kernel.impl.query.QueryExecutionMonitor;
import org.neo4j.gqlstatus.ErrorGqlStatusObject;

/**
 * What the embedded database spent on each statement it ran: planning (zero when the plan came from its cache) and
 * the whole statement, as the database itself measures them. The document bench prints it for the measured letter,
 * so the write's time can be told apart into planning, reading and writing.
 */
final class QueryTimes implements QueryExecutionMonitor {

	/** One statement run: its description (first line), planning and total microseconds, and a plan cache hit. */
	record Run(String statement, long planningMicros, long elapsedMicros, boolean planCached) {
	}

	private final List<Run> runs = new CopyOnWriteArrayList<>();

	@Override
	public void startProcessing(ExecutingQuery query) {
	}

	@Override
	public void startExecution(ExecutingQuery query) {
	}

	@Override
	public void endFailure(ExecutingQuery query, Throwable failure) {
		record(query);
	}

	@Override
	public void endFailure(ExecutingQuery query, String reason, Status status, ErrorGqlStatusObject gqlStatus) {
		record(query);
	}

	@Override
	public void endSuccess(ExecutingQuery query) {
		record(query);
	}

	private void record(ExecutingQuery query) {
		QuerySnapshot snapshot = query.snapshot();
		String text = snapshot.rawQueryText().strip();
		if (text.startsWith(StatementCounter.HOUSEKEEPING)) {
			return;
		}
		String first = text.lines().findFirst().orElse("");
		boolean cached = snapshot.executableQueryCacheUsage().map(usage -> usage.isCacheHit()).orElse(false);
		this.runs.add(new Run((first.length() > 70) ? first.substring(0, 70) : first,
				snapshot.compilationTimeMicros(), snapshot.elapsedTimeMicros(), cached));
	}

	void reset() {
		this.runs.clear();
	}

	List<Run> runs() {
		return new ArrayList<>(this.runs);
	}

	/** A markdown table: each statement (runs of the same text added up), slowest first, then the totals. */
	String report() {
		Map<String, long[]> byStatement = new LinkedHashMap<>();
		for (Run run : this.runs) {
			long[] sums = byStatement.computeIfAbsent(run.statement(), s -> new long[4]);
			sums[0]++;
			sums[1] += run.planningMicros();
			sums[2] += run.elapsedMicros();
			sums[3] += run.planCached() ? 0 : 1;
		}
		StringBuilder md = new StringBuilder(
				"| statement | runs | planned anew | planning ms | whole statement ms |\n|---|---:|---:|---:|---:|\n");
		long planning = 0;
		long elapsed = 0;
		List<Map.Entry<String, long[]>> rows = new ArrayList<>(byStatement.entrySet());
		rows.sort((a, b) -> Long.compare(b.getValue()[2], a.getValue()[2]));
		for (Map.Entry<String, long[]> row : rows) {
			long[] sums = row.getValue();
			planning += sums[1];
			elapsed += sums[2];
			md.append(String.format(Locale.ROOT, "| `%s` | %d | %d | %.1f | %.1f |%n",
					row.getKey().replace("|", "\\|").replace("`", "'"), sums[0], sums[3], sums[1] / 1e3, sums[2] / 1e3));
		}
		md.append(String.format(Locale.ROOT, "| all | %d | | %.1f | %.1f |%n", this.runs.size(), planning / 1e3,
				elapsed / 1e3));
		return md.toString();
	}
}
