package org.lettergraph.network;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLStreamException;

import org.lettergraph.graph.InvalidArgumentException;
import org.lettergraph.letter.LetterWhere;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Files to take to Gephi, Cytoscape or a spreadsheet: the co-signature network (same filters and bounds as the
 * {@code coSignatureNetwork} query, as request parameters) and a letter's signer list.
 */
@RestController
@RequestMapping("/export")
class ExportController {

	static final MediaType GRAPHML = MediaType.parseMediaType("application/graphml+xml;charset=UTF-8");

	static final MediaType GEXF = MediaType.parseMediaType("application/gexf+xml;charset=UTF-8");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final CoSignatureQueries queries;

	private final NetworkProperties network;

	ExportController(CoSignatureQueries queries, NetworkProperties network) {
		this.queries = queries;
		this.network = network;
	}

	@GetMapping(path = "/network.json", produces = MediaType.APPLICATION_JSON_VALUE)
	NetworkFiles.Json json(NetworkFilter filter) {
		return NetworkFiles.Json.of(network(filter));
	}

	@GetMapping("/network.graphml")
	ResponseEntity<byte[]> graphMl(NetworkFilter filter)
			throws XMLStreamException {
		Network network = network(filter);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NetworkFiles.graphMl(network, out);
		return file(out.toByteArray(), GRAPHML, "co-signatures.graphml");
	}

	@GetMapping("/network.gexf")
	ResponseEntity<byte[]> gexf(NetworkFilter filter)
			throws XMLStreamException {
		Network network = network(filter);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NetworkFiles.gexf(network, out);
		return file(out.toByteArray(), GEXF, "co-signatures.gexf");
	}

	@GetMapping("/letters/{id}/signers.csv")
	ResponseEntity<byte[]> signers(@PathVariable String id) {
		List<LetterSigner> signers = this.queries.letterSigners(id);
		if (signers == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.TEXT_PLAIN)
				.body(("No letter has the id '" + id + "'.\n").getBytes(StandardCharsets.UTF_8));
		}
		String name = id.replaceFirst("^letter:", "").replaceAll("[^A-Za-z0-9._-]", "-") + "-signers.csv";
		return file(SignerCsv.of(signers).getBytes(StandardCharsets.UTF_8), CSV, name);
	}

	@ExceptionHandler(InvalidArgumentException.class)
	ResponseEntity<String> invalid(InvalidArgumentException ex) {
		return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(ex.getMessage() + "\n");
	}

	@ExceptionHandler(BindException.class)
	ResponseEntity<String> unreadable(BindException ex) {
		FieldError error = ex.getFieldError();
		String field = (error != null) ? error.getField() : "?";
		Object value = (error != null) ? error.getRejectedValue() : null;
		boolean date = field.equals("from") || field.equals("to");
		return ResponseEntity.badRequest()
			.contentType(MediaType.TEXT_PLAIN)
			.body("Parameter '" + field + "': cannot read '" + value + "'"
					+ (date ? "; a date is written YYYY-MM-DD." : ".") + "\n");
	}

	/** The filters every network export takes as query parameters, as coSignatureNetwork does. */
	record NetworkFilter(String addressedTo, String concerns, String participant,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer minShared, Integer first) {
	}

	private Network network(NetworkFilter filter) {
		LetterWhere where = new LetterWhere(filter.addressedTo(), filter.concerns(), filter.participant(),
				filter.from(), filter.to()).checked();
		return this.queries.network(where, NetworkProperties.minShared(filter.minShared()),
				this.network.edges(filter.first()));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}
}
