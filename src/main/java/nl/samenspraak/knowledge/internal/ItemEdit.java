package nl.samenspraak.knowledge.internal;

import java.util.List;

/** The texts of an item as an administrator saves them, already cleaned and checked. */
record ItemEdit(String titleNl, String titleEn, String summaryNl, String summaryEn, String bodyNl, String bodyEn,
                List<String> listNl, List<String> listEn, List<String> tagsNl, List<String> tagsEn) {}
