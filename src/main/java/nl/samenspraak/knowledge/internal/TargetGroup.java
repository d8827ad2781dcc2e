package nl.samenspraak.knowledge.internal;

import java.util.List;

/** A target group of the controlled vocabulary, with the words people use for it. */
record TargetGroup(String key, String labelNl, String labelEn, List<String> synonymsNl, List<String> synonymsEn) {

    String label(boolean en) {
        return en ? labelEn : labelNl;
    }
}
