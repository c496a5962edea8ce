/**
 * The audit trail: who did what, when, from where, with which outcome, under which correlation id. Written for
 * sign-ins, sign-outs, registrations, role changes, generations, exports, account exports and deletions;
 * readable by admins. Never holds a password, a token or the content of a user's data.
 */
package dev.cvtailor.audit;
