/**
 * Alerts by e-mail: readers follow an actor, a topic, an initiative or a search; what is published and matches
 * is written to an outbox after the publication commits, and mailed from there (immediately or as a daily digest).
 */
package eu.newsroom.alert;
