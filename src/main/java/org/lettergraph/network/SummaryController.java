package org.lettergraph.network;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.dataloader.DataLoader;
import org.lettergraph.actor.ActorKind;
import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.graph.Paging;
import org.lettergraph.network.CoSignatureQueries.TopSignersFilter;
import org.lettergraph.program.Program;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** The counts an analyst expects: per actor, per program, and the most active signers. */
@Controller
class SummaryController {

	private final CoSignatureQueries queries;

	private final Paging paging;

	SummaryController(CoSignatureQueries queries, Paging paging) {
		this.queries = queries;
		this.paging = paging;
	}

	@QueryMapping
	ActorSummary actorSummary(@Argument String id) {
		return this.queries.actorSummary(id);
	}

	@QueryMapping
	ProgramSummary programSummary(@Argument String id) {
		return this.queries.programSummary(id);
	}

	@QueryMapping
	List<SignerCount> topSigners(@Argument LocalDate from, @Argument LocalDate to, @Argument String concerns,
			@Argument ActorKind kind, @Argument Integer first) {
		if (from != null && to != null && from.isAfter(to)) {
			throw new InvalidArgumentException("from", "(" + from + ") is after 'to' (" + to + ").");
		}
		return this.queries.topSigners(new TopSignersFilter(from, to, concerns, kind), this.paging.pageSize(first));
	}

	@SchemaMapping(typeName = "ProgramCount")
	CompletableFuture<Program> program(ActorSummary.ProgramCount count, DataLoader<String, Program> programs) {
		return programs.load(count.programId());
	}

	@SchemaMapping(typeName = "ProgramSummary", field = "program")
	CompletableFuture<Program> summaryProgram(ProgramSummary summary, DataLoader<String, Program> programs) {
		return programs.load(summary.programId());
	}
}
