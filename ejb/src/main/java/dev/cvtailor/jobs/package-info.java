/**
 * Job descriptions the users paste, stored once per user and text (by hash). Owned by one user each.
 */
package dev.cvtailor.jobs;
