/**
 * Imports: an existing CV (PDF or Word) or LinkedIn's data export read into proposed artifacts, which become
 * artifacts only when their owner confirms them (API.md, Imports). Uses {@code artifacts}; nothing below knows it.
 */
package dev.cvtailor.imports;
