/**
 * Telling people what happened: in-app notifications (the bell) and e-mails. A mail is a row written in the
 * transaction of the event it reports; after that commits, its id goes on MailQueue, whose consumer sends it through
 * Jakarta Mail (or writes it to the log when no SMTP server is configured). A failing mail server never fails the
 * request that caused the mail: the broker retries with backoff, then dead-letters, and the row is marked FAILED.
 */
package dev.cvtailor.notifications;
