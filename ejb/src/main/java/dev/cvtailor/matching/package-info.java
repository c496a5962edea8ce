/**
 * Matching: how well the user's artifacts answer a job description. Today it turns text into embeddings with
 * an in-process model (no network), computed when an artifact is processed; ranking and explanation follow.
 */
package dev.cvtailor.matching;
