package nl.samenspraak.knowledge.internal;

import java.util.List;

/** What staff type on the lesson form; {@link Lessons} cleans and checks it. */
record LessonDraft(String title, String tried, String forWhom, String happened, String differently,
                          List<String> methods, List<String> themes, List<String> targetGroups) {}
