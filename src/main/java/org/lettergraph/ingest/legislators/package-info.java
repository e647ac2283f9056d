/**
 * Members of Congress from the congress-legislators YAML files, and the directory that turns "Rep. Ilhan Omar
 * (D-Minn.)" into a bioguide id.
 */
package org.lettergraph.ingest.legislators;
