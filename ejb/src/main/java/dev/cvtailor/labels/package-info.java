/**
 * Role labels ("backend", "data engineering"): a user's own names for groups of artifacts, unique per user,
 * used to filter artifacts and to tailor documents. Every read and write is scoped by the owner.
 */
package dev.cvtailor.labels;
