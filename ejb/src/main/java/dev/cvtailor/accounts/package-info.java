/**
 * Accounts: registration, password hashing, sign-in and the bearer tokens the API verifies.
 * An account holds an email, a password hash and a role, nothing more about the person.
 * Never returns or logs a password or a token's secret parts.
 */
package dev.cvtailor.accounts;
