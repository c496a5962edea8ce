/**
 * The skills taxonomy: skills with a category and their spellings, the team's own list (loaded by Liquibase)
 * extended by admins with ESCO and O*NET; and normalisation, which finds the taxonomy's skills in what users
 * write without mistaking plain words for skills ("go to market" is not Go, "R&amp;D" is not R).
 */
package dev.cvtailor.skills;
