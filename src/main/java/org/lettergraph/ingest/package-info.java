/**
 * Letter records in, graph out: one interchange format and one write path, used by the bundled dataset and every
 * parser alike.
 */
package org.lettergraph.ingest;
