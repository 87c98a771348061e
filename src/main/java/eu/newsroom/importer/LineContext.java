package eu.newsroom.importer;

import eu.newsroom.actor.Actor;
import eu.newsroom.briefing.Briefing;
import eu.newsroom.commitment.Commitment;
import eu.newsroom.initiative.Initiative;
import eu.newsroom.topic.Topic;
import java.util.HashMap;
import java.util.Map;

/** What one line has defined or looked up so far, by slug, so later parts of the line can refer to it. */
final class LineContext {

    final Map<String, Actor> actors = new HashMap<>();
    final Map<String, Topic> topics = new HashMap<>();
    final Map<String, Initiative> initiatives = new HashMap<>();
    final Map<String, Commitment> commitments = new HashMap<>();
    Briefing briefing;
}
