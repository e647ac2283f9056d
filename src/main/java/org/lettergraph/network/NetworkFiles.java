package org.lettergraph.network;

import java.io.OutputStream;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.lettergraph.actor.Actor;

/**
 * The co-signature network as files that network tools open: GraphML (Cytoscape, yEd, Gephi, NetworkX) and GEXF
 * 1.3 (Gephi), both undirected with the edge weight as the weight Gephi lays out and filters by, and as plain data
 * for JSON.
 */
final class NetworkFiles {

	private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

	private static final String GEXF = "http://gexf.net/1.3";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private NetworkFiles() {
	}

	/** The JSON export: nodes with their kind, edges with their weight. */
	record Json(List<JsonNode> nodes, List<Network.Edge> edges, boolean truncated) {

		static Json of(Network network) {
			return new Json(network.nodes()
				.stream()
				.map(n -> new JsonNode(n.id(), n.actor().name(), n.actor().kind().name(), n.letterCount()))
				.toList(), network.edges(), network.truncated());
		}
	}

	record JsonNode(String id, String name, String kind, int letterCount) {
	}

	static void graphMl(Network network, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(GRAPHML);
		xml.writeStartElement(GRAPHML, "graphml");
		xml.writeDefaultNamespace(GRAPHML);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute(XSI, "schemaLocation", GRAPHML + " " + GRAPHML + "/1.0/graphml.xsd");
		key(xml, "name", "node", "string");
		key(xml, "kind", "node", "string");
		key(xml, "letterCount", "node", "int");
		key(xml, "weight", "edge", "int");
		key(xml, "jaccard", "edge", "double");
		xml.writeStartElement(GRAPHML, "graph");
		xml.writeAttribute("id", "co-signatures");
		xml.writeAttribute("edgedefault", "undirected");
		for (Network.Node node : network.nodes()) {
			Actor actor = node.actor();
			xml.writeStartElement(GRAPHML, "node");
			xml.writeAttribute("id", text(node.id()));
			data(xml, "name", actor.name());
			data(xml, "kind", actor.kind().name());
			data(xml, "letterCount", Integer.toString(node.letterCount()));
			xml.writeEndElement();
		}
		int id = 0;
		for (Network.Edge edge : network.edges()) {
			xml.writeStartElement(GRAPHML, "edge");
			xml.writeAttribute("id", "e" + id++);
			xml.writeAttribute("source", text(edge.source()));
			xml.writeAttribute("target", text(edge.target()));
			data(xml, "weight", Integer.toString(edge.weight()));
			data(xml, "jaccard", Double.toString(edge.jaccard()));
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	static void gexf(Network network, OutputStream out) throws XMLStreamException {
		XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(GEXF);
		xml.writeStartElement(GEXF, "gexf");
		xml.writeDefaultNamespace(GEXF);
		xml.writeNamespace("xsi", XSI);
		xml.writeAttribute(XSI, "schemaLocation", GEXF + " " + GEXF + "/gexf.xsd");
		xml.writeAttribute("version", "1.3");
		xml.writeStartElement(GEXF, "meta");
		xml.writeStartElement(GEXF, "creator");
		xml.writeCharacters("lettergraph");
		xml.writeEndElement();
		xml.writeStartElement(GEXF, "description");
		xml.writeCharacters("Co-signature network: actors joined by the letters they signed or endorsed together");
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeStartElement(GEXF, "graph");
		xml.writeAttribute("mode", "static");
		xml.writeAttribute("defaultedgetype", "undirected");
		xml.writeStartElement(GEXF, "attributes");
		xml.writeAttribute("class", "node");
		attribute(xml, "kind", "string");
		attribute(xml, "letterCount", "integer");
		xml.writeEndElement();
		xml.writeStartElement(GEXF, "attributes");
		xml.writeAttribute("class", "edge");
		attribute(xml, "jaccard", "double");
		xml.writeEndElement();
		xml.writeStartElement(GEXF, "nodes");
		for (Network.Node node : network.nodes()) {
			xml.writeStartElement(GEXF, "node");
			xml.writeAttribute("id", text(node.id()));
			xml.writeAttribute("label", text(node.actor().name()));
			xml.writeStartElement(GEXF, "attvalues");
			attributeValue(xml, "kind", node.actor().kind().name());
			attributeValue(xml, "letterCount", Integer.toString(node.letterCount()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeStartElement(GEXF, "edges");
		int id = 0;
		for (Network.Edge edge : network.edges()) {
			xml.writeStartElement(GEXF, "edge");
			xml.writeAttribute("id", Integer.toString(id++));
			xml.writeAttribute("source", text(edge.source()));
			xml.writeAttribute("target", text(edge.target()));
			xml.writeAttribute("weight", Integer.toString(edge.weight()));
			xml.writeStartElement(GEXF, "attvalues");
			attributeValue(xml, "jaccard", Double.toString(edge.jaccard()));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
	}

	private static void key(XMLStreamWriter xml, String name, String owner, String type) throws XMLStreamException {
		xml.writeEmptyElement(GRAPHML, "key");
		xml.writeAttribute("id", name);
		xml.writeAttribute("for", owner);
		xml.writeAttribute("attr.name", name);
		xml.writeAttribute("attr.type", type);
	}

	private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
		xml.writeStartElement(GRAPHML, "data");
		xml.writeAttribute("key", key);
		xml.writeCharacters(text(value));
		xml.writeEndElement();
	}

	private static void attribute(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
		xml.writeEmptyElement(GEXF, "attribute");
		xml.writeAttribute("id", name);
		xml.writeAttribute("title", name);
		xml.writeAttribute("type", type);
	}

	private static void attributeValue(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeEmptyElement(GEXF, "attvalue");
		xml.writeAttribute("for", name);
		xml.writeAttribute("value", text(value));
	}

	/**
	 * The writer escapes markup but passes on characters XML 1.0 forbids (most control characters), which would
	 * make the file unreadable; a name read from a pasted letter may hold one.
	 */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		StringBuilder clean = new StringBuilder(value.length());
		value.codePoints().filter(NetworkFiles::allowedInXml).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowedInXml(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}
}
