/**
 * Generated documents (CVs, cover letters): requested, queued on GenerationQueue, generated from the owner's
 * READY artifacts, kept as versions. A generator writes only what the artifacts hold, and every bullet names
 * the artifact behind it.
 */
package dev.cvtailor.generation;
