/**
 * Exports of generated documents: PDF through XSL-FO templates and Apache FOP, DOCX through Apache POI, each
 * export logged with the evidence links it carried. Renders only READY documents of their owner.
 */
package dev.cvtailor.export;
