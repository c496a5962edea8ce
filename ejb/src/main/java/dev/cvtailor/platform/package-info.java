/**
 * What every component stands on: the schema migration at start, the embedded broker, the work messages and
 * the dead-letter queue, input validation and the error taxonomy ({@code ApplicationProblem}).
 * It knows no business component; components know it.
 */
package dev.cvtailor.platform;
