package org.lettergraph.network;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.lettergraph.actor.Actor;
import org.lettergraph.actor.ActorKind;
import org.lettergraph.letter.LetterWhere;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;

/** Names that break hand-written XML or CSV, or turn into spreadsheet formulas, come out whole and harmless. */
class NetworkFilesTest {

	static final String AWKWARD = "Fish & Chips <Coalition> \"Quoted\", 'Apos' | Pipe / Slash \u00e9\u00e8 \ud83d\ude00";

	static final Network NETWORK = new Network(
			List.of(node("org:a", AWKWARD), node("org:b", "Bell\u0007 Ringers\u0000")),
			List.of(new Network.Edge("org:a", "org:b", 3, 0.75, 1.0)), false, LetterWhere.NONE, 1);

	@Test
	void graphMlKeepsAwkwardNamesAndDropsWhatXmlForbids() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NetworkFiles.graphMl(NETWORK, out);
		Document xml = parse(out.toByteArray());
		var data = xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "data");
		assertThat(data.item(0).getTextContent()).isEqualTo(AWKWARD);
		assertThat(data.item(3).getTextContent()).isEqualTo("Bell Ringers");
		Element edge = (Element) xml.getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "edge").item(0);
		assertThat(edge.getAttribute("source")).isEqualTo("org:a");
		assertThat(data.item(6).getTextContent()).isEqualTo("3");
		assertThat(data.item(7).getTextContent()).isEqualTo("0.75");
	}

	@Test
	void gexfKeepsAwkwardNames() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		NetworkFiles.gexf(NETWORK, out);
		Document xml = parse(out.toByteArray());
		Element node = (Element) xml.getElementsByTagNameNS("http://gexf.net/1.3", "node").item(0);
		assertThat(node.getAttribute("label")).isEqualTo(AWKWARD);
		Element edge = (Element) xml.getElementsByTagNameNS("http://gexf.net/1.3", "edge").item(0);
		assertThat(edge.getAttribute("weight")).isEqualTo("3");
	}

	@Test
	void csvQuotesWhatNeedsQuotingAndDisarmsFormulas() throws Exception {
		String csv = SignerCsv.of(List.of(
				new LetterSigner(actor("org:a", AWKWARD, List.of("F&C", "Fish, Chips")), "LEAD", 1, List.of("source:x")),
				new LetterSigner(actor("org:b", "=HYPERLINK(\"http://x\")", List.of("@sum", "-1+2")), "SIGNER", 2,
						List.of("source:x", "source:y")),
				new LetterSigner(actor("org:c", "Line\nBreak", List.of()), "ENDORSER", null, List.of())));
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(csv))
			.getRecords();
		assertThat(rows).hasSize(3);
		assertThat(rows.get(0).get("name")).isEqualTo(AWKWARD);
		assertThat(rows.get(0).get("aliases")).isEqualTo("F&C; Fish, Chips");
		assertThat(rows.get(1).get("name")).isEqualTo("'=HYPERLINK(\"http://x\")");
		assertThat(rows.get(1).get("aliases")).isEqualTo("'@sum; -1+2");
		assertThat(rows.get(1).get("sources")).isEqualTo("source:x; source:y");
		assertThat(rows.get(2).get("name")).isEqualTo("Line\nBreak");
		assertThat(rows.get(2).get("position")).isEmpty();
		assertThat(rows.get(2).get("id")).isEqualTo("org:c");
	}

	private static Network.Node node(String id, String name) {
		return new Network.Node(id, actor(id, name, List.of()), 1, null);
	}

	private static Actor actor(String id, String name, List<String> aliases) {
		return new Actor(id, ActorKind.ORGANIZATION, name, aliases, null, null, null, null, null, null, null, null);
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
