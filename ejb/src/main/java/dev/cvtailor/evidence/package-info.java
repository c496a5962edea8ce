/**
 * Evidence links: the URLs that prove an artifact (repositories, demos, papers, certificates). Stored
 * encrypted, validated by the server over HTTP, and so guarded against server-side request forgery: only
 * http(s), and never an address inside the network unless an admin allow-list says so. Scoped by the owner
 * of the artifact.
 */
package dev.cvtailor.evidence;
