/**
 * Plain-text and light-markdown letters (sign-on and congressional) read into letter records: date, addressees,
 * subject, asks, signatures and cc.
 */
package org.lettergraph.ingest.text;
