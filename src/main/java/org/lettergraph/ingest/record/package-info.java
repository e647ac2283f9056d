/**
 * The letter record, the one interchange format every document becomes before it goes into the graph (a letter, a
 * sign-on form's export, congress-legislators data, the bundled dataset, a generated corpus), and the problems a
 * document or record can have, each naming its line or field.
 */
@NamedInterface("record")
package org.lettergraph.ingest.record;

import org.springframework.modulith.NamedInterface;
