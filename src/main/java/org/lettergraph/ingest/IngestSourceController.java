package org.lettergraph.ingest;

import java.time.LocalDate;

import org.lettergraph.ingest.report.ReportMetadata;
import org.lettergraph.security.Roles;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** {@code ingestSource}: a news story or press release in as text; problems come back in the payload. */
@Controller
class IngestSourceController {

	private final SourceIngest ingest;

	IngestSourceController(SourceIngest ingest) {
		this.ingest = ingest;
	}

	/** The mutation's input: the text, and what the caller knows of it that the text may not say. */
	record IngestSourceInput(String text, String title, String publisher, LocalDate date, Integer year, String author,
			String location, String kind, Boolean dryRun) {

		ReportMetadata metadata() {
			return new ReportMetadata(this.title, this.publisher, this.date, this.year, this.author, this.location,
					this.kind);
		}
	}

	@MutationMapping
	@PreAuthorize(Roles.CAN_WRITE)
	IngestSourcePayload ingestSource(@Argument IngestSourceInput input) {
		boolean dryRun = Boolean.TRUE.equals(input.dryRun());
		return IngestSourcePayload.of(this.ingest.ingest(input.text(), input.metadata(), dryRun));
	}
}
