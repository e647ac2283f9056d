/** Spreadsheet exports of sign-on forms read into letter records, one signing organization or person per row. */
package org.lettergraph.ingest.csv;
