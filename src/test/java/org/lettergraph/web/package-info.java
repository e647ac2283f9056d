/**
 * The organizers' page at {@code /}, driven end to end in Debian's headless Chromium.
 */
package org.lettergraph.web;
