/**
 * News stories and press releases read into what they report: the source itself (title, publisher, date, author,
 * dateline), the actors and programs they name, the people they quote for an organization, the signer counts they
 * state and the letters they report, matched to letters the graph holds or proposed as new letter records. Plain
 * Java: the caller hands over the text and a {@link org.lettergraph.ingest.report.Gazetteer} of what the graph knows.
 */
package org.lettergraph.ingest.report;
