/**
 * Letters as files: a PDF, a Word {@code .docx} or a web page turned into the plain text the letter parser reads,
 * in reading order (columns one after the other, page headers, footers and footnote markers left out), or refused
 * in plain words (a scan, an encrypted or damaged file, a file too large, a possible zip bomb). It knows nothing of
 * letters: what comes out is text, and the {@code ingest.text} parser makes a letter of it.
 */
@NamedInterface("document")
package org.lettergraph.ingest.document;

import org.springframework.modulith.NamedInterface;
