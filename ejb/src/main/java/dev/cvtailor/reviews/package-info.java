/**
 * The review loop of career-services teams: a member submits one version of a document to their organisation; a
 * counsellor reads it (each read audited, visible to the member), comments on its sections, entries and bullets,
 * suggests wordings (which enter the document only through the claim verifier), and approves or requests changes.
 * With the organisation's {@code reviewRequired}, only approved versions are exported. Also the cohort insights.
 * A counsellor's reads of a member's document go through here, never through the member's own queries.
 */
package dev.cvtailor.reviews;
