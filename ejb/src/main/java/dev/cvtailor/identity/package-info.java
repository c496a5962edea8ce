/**
 * Sign-in through the institution's identity systems: Liberty's LDAP registry, OpenID Connect and SAML features
 * authenticate; this component turns what they vouch for (an {@code ExternalProfile}) into a CV Tailor account,
 * linked once per provider subject, and applies the installation's rules that map groups or claims to roles, an
 * organisation and cohorts at every sign-in. Uses accounts, organisations and audit; nothing below knows it.
 */
package dev.cvtailor.identity;
