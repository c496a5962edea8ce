/**
 * Career-services organisations: their settings and branding, memberships (a user belongs to at most one, as
 * member, counsellor or org admin), cohorts, and invitations by e-mail or CSV. Roles inside an organisation are
 * checked here, in the service, never only in a view.
 */
package dev.cvtailor.organisations;
