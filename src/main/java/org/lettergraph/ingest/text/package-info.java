/**
 * Plain-text and light-markdown letters (sign-on and congressional) read into letter records: letterhead, date,
 * addressees, subject, asks, the programs named and what is asked of them, signatures with their places, and cc. A
 * letter without signatures comes back partial, with problems saying what is missing.
 */
package org.lettergraph.ingest.text;
