package nl.samenspraak.anchoring.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.samenspraak.anchoring.Anchoring;
import nl.samenspraak.anchoring.AnchoringOverview;
import nl.samenspraak.anchoring.RunningOut;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.anchoring.StrategyStatus;
import nl.samenspraak.anchoring.Suggestion;
import nl.samenspraak.collaboration.CollaborationId;
import nl.samenspraak.knowledge.KnowledgeBase;
import nl.samenspraak.knowledge.KnowledgeSuggestion;
import nl.samenspraak.knowledge.LessonsShared;
import nl.samenspraak.meeting.SeriesContinuity;
import nl.samenspraak.platform.Dates;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/** Gathers the facts (own evidence, meeting series, lessons, role holders), applies the rules, resolves the texts. */
@Service
class DefaultAnchoring implements Anchoring {

    private final Evidences evidences;
    private final SeriesContinuity series;
    private final KnowledgeBase knowledge;
    private final KeyHoldings holdings;
    private final MessageSource messages;
    private final Dates dates;

    DefaultAnchoring(Evidences evidences, SeriesContinuity series, KnowledgeBase knowledge, KeyHoldings holdings,
                     MessageSource messages, Dates dates) {
        this.evidences = evidences;
        this.series = series;
        this.knowledge = knowledge;
        this.holdings = holdings;
        this.messages = messages;
        this.dates = dates;
    }

    @Override
    public AnchoringOverview overview(CollaborationId collaboration, LocalDate today) {
        return overview(collaboration, today, LocaleContextHolder.getLocale());
    }

    @Override
    public AnchoringOverview overview(CollaborationId collaboration, LocalDate today, Locale locale) {
        List<AnchoringRules.Outcome> outcomes = AnchoringRules.decide(facts(collaboration, today));
        List<StrategyStatus> strategies = outcomes.stream().map(o -> resolve(o, locale)).toList();
        Strategy weakest = AnchoringRules.weakest(outcomes);
        return new AnchoringOverview(strategies, weakest, suggestion(weakest, locale));
    }

    AnchoringRules.Facts facts(CollaborationId collaboration, LocalDate today) {
        LocalDate yearAgo = today.minusMonths(12);
        LessonsShared lessons = knowledge.lessonsSince(collaboration.value(),
                yearAgo.plusDays(1).atStartOfDay(Dates.ZONE).toInstant());
        return new AnchoringRules.Facts(today, evidences.ofCollaboration(collaboration.value()),
                lastFourQuarters(series.of(collaboration, today)), lessons, holdings.of(collaboration));
    }

    /** Held and planned per series over the last four calendar quarters, the current one up to today. */
    static List<AnchoringRules.SeriesYear> lastFourQuarters(List<SeriesContinuity.SeriesFigures> figures) {
        return figures.stream().map(f -> {
            List<SeriesContinuity.QuarterCount> q = f.quarters().subList(Math.max(0, f.quarters().size() - 4), f.quarters().size());
            return new AnchoringRules.SeriesYear(f.name(), q.stream().mapToInt(SeriesContinuity.QuarterCount::planned).sum(),
                    q.stream().mapToInt(SeriesContinuity.QuarterCount::held).sum());
        }).toList();
    }

    private Optional<Suggestion> suggestion(Strategy weakest, Locale locale) {
        List<KnowledgeSuggestion> found = knowledge.suggestionsFor(weakest.theme(), locale, 4);
        // The theme's own page comes first; a method or example that serves it helps more.
        return found.stream().filter(s -> !"theme".equals(s.type())).findFirst().or(() -> found.stream().findFirst())
                .map(s -> new Suggestion(s.title(), s.summary(), s.path()));
    }

    private StrategyStatus resolve(AnchoringRules.Outcome o, Locale locale) {
        return new StrategyStatus(o.strategy(), o.standing(), text(o.strategy().messageKey(), locale),
                text(o.standing().messageKey(), locale),
                o.inPlace().stream().map(l -> text(l, locale)).toList(),
                o.missing().stream().map(l -> text(l, locale)).toList(),
                o.runningOut().stream().map(e -> new RunningOut(text(e.what(), locale), e.endsOn())).toList());
    }

    String text(Line line, Locale locale) {
        Object[] args = line.args().stream().map(a -> argument(a, locale)).toArray();
        return messages.getMessage(line.key(), args, locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private Object argument(Object a, Locale locale) {
        if (a instanceof LocalDate d) {
            return dates.date(d, locale);
        }
        if (a instanceof Line.Key k) {
            return text(k.key(), locale);
        }
        if (a instanceof Line.Euros e) {
            NumberFormat f = NumberFormat.getCurrencyInstance(locale);
            f.setCurrency(Currency.getInstance("EUR"));
            f.setMaximumFractionDigits(e.cents() % 100 == 0 ? 0 : 2);
            return f.format(e.cents() / 100.0);
        }
        return a;
    }
}
