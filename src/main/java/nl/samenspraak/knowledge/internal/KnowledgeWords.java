package nl.samenspraak.knowledge.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every word the public can find, as written (not stemmed), so a search with a typo can be
 * corrected to a word that exists: "oudren" becomes "ouderen". Trigram similarity (pg_trgm)
 * finds the nearest word through an index.
 */
@Component
class KnowledgeWords {

    /** Shorter words have too few trigrams to correct reliably. */
    static final int MIN_LENGTH = 4;

    private final JdbcClient jdbc;

    KnowledgeWords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rebuilds the list from all seeded items and approved lessons; called after every change of content. */
    @Transactional
    public void rebuild() {
        jdbc.sql("SELECT pg_advisory_xact_lock(74211)").query(Object.class).list();
        jdbc.sql("DELETE FROM knowledge_word").update();
        jdbc.sql("""
                INSERT INTO knowledge_word (word, hits)
                SELECT word, ndoc FROM ts_stat($$
                    SELECT to_tsvector('simple', title_nl || ' ' || title_en || ' ' || summary_nl || ' ' || summary_en
                        || ' ' || body_nl || ' ' || body_en || ' ' || knowledge_words(list_nl) || ' '
                        || knowledge_words(list_en) || ' ' || knowledge_words(tags_nl) || ' ' || knowledge_words(tags_en)
                        || ' ' || place)
                    FROM knowledge_item
                    UNION ALL
                    SELECT to_tsvector('simple', title || ' ' || for_whom || ' ' || tried || ' ' || happened || ' ' || differently)
                    FROM knowledge_lesson WHERE sharing = 'APPROVED'
                $$) WHERE length(word) >= 3 AND length(word) <= 60 AND word ~ '^[[:alpha:]-]+$'
                """).update();
    }

    boolean known(String word) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM knowledge_word WHERE word = :w)").param("w", word)
                .query(Boolean.class).single();
    }

    /**
     * The most similar known word, when the typed word is not known itself. Never a stop word
     * (Dutch or English): the full-text search leaves those out, so "corrected" into one the word
     * would silently vanish from the search ("allen" must not become "alleen").
     */
    Optional<String> nearest(String word) {
        if (word.length() < MIN_LENGTH || known(word) || stopWord(word)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT word FROM knowledge_word WHERE word % :w
                  AND to_tsvector('dutch', word) <> ''::tsvector AND to_tsvector('english', word) <> ''::tsvector
                ORDER BY similarity(word, :w) DESC, hits DESC, word LIMIT 1
                """).param("w", word).query(String.class).optional();
    }

    /** True for a word the Dutch or English full-text configuration ignores ("alleen", "which"). */
    boolean stopWord(String word) {
        return jdbc.sql("SELECT to_tsvector('dutch', :w) = ''::tsvector OR to_tsvector('english', :w) = ''::tsvector")
                .param("w", word).query(Boolean.class).single();
    }
}
