package nl.samenspraak.anchoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.samenspraak.anchoring.Standing;
import nl.samenspraak.anchoring.Strategy;
import nl.samenspraak.knowledge.LessonsShared;

/**
 * The rules that decide each strategy's standing, as documented on {@link nl.samenspraak.anchoring.Anchoring}
 * and in the page's help text. Pure: everything it needs is passed in, so the rules are tested without a database.
 */
final class AnchoringRules {

    /** A series counts as running when it held at least this share of its planned meetings (three quarters). */
    static final int HELD_PERCENT = 75;

    /** What the rules read, for one collaboration on one day. */
    record Facts(LocalDate today, List<Evidence> evidence, List<SeriesYear> series, LessonsShared lessons,
                 List<KeyHolding> holdings) {}

    /** One meeting series over the last four quarters: meetings planned and held. */
    record SeriesYear(String name, int planned, int held) {}

    /** One strategy before its texts are resolved. */
    record Outcome(Strategy strategy, Standing standing, List<Line> inPlace, List<Line> missing, List<Ending> runningOut) {}

    /** Something ending within twelve months. */
    record Ending(Line what, LocalDate endsOn) {}

    private AnchoringRules() {}

    static List<Outcome> decide(Facts facts) {
        return List.of(keyPersons(facts), infrastructure(facts), knowledge(facts), policy(facts), legal(facts),
                financial(facts));
    }

    /** The worst standing; the first in strategy order on a tie. */
    static Strategy weakest(List<Outcome> outcomes) {
        return outcomes.stream().max(Comparator.comparingInt((Outcome o) -> o.standing().ordinal())
                .thenComparing(o -> -o.strategy().ordinal())).orElseThrow().strategy();
    }

    private static List<Evidence> current(Facts f, EvidenceKind kind) {
        return f.evidence().stream().filter(e -> e.kind() == kind && e.currentOn(f.today()))
                .sorted(Comparator.comparing(Evidence::startsOn)).toList();
    }

    /** Happened in the twelve months up to and including today. */
    private static List<Evidence> lastYear(Facts f, EvidenceKind kind) {
        LocalDate from = f.today().minusMonths(12);
        return f.evidence().stream().filter(e -> e.kind() == kind && e.startsOn().isAfter(from)
                && !e.startsOn().isAfter(f.today())).sorted(Comparator.comparing(Evidence::startsOn)).toList();
    }

    static Outcome keyPersons(Facts f) {
        List<Line> in = new ArrayList<>();
        List<Ending> out = new ArrayList<>();
        int count = 0;
        for (Evidence e : current(f, EvidenceKind.KEY_PERSON)) {
            count++;
            in.add(Line.of("anchoring.line.keyPerson", e.description(), e.startsOn()));
            if (e.runsOutWithinYear(f.today())) {
                out.add(new Ending(Line.of("anchoring.ends.keyPerson", e.description()), e.endsOn()));
            }
        }
        for (KeyHolding h : f.holdings()) {
            if (h.currentOn(f.today())) {
                count++;
                in.add(Line.of("anchoring.line.roleHolder", new Line.Key(h.role()), h.since()));
                if (h.runsOutWithinYear(f.today())) {
                    out.add(new Ending(Line.of("anchoring.ends.roleHolder", new Line.Key(h.role())), h.until()));
                }
            }
        }
        List<Line> missing = new ArrayList<>();
        if (count == 0) {
            missing.add(Line.of("anchoring.missing.keyPersons"));
        } else if (count == 1) {
            missing.add(Line.of("anchoring.missing.oneKeyPerson"));
        }
        Standing standing = count == 0 ? Standing.MISSING : count >= 2 && out.isEmpty() ? Standing.IN_PLACE : Standing.PARTLY;
        return new Outcome(Strategy.KEY_PERSONS, standing, in, missing, sorted(out));
    }

    static Outcome infrastructure(Facts f) {
        List<Line> in = new ArrayList<>();
        boolean running = false;
        boolean anyHeld = false;
        for (SeriesYear s : f.series()) {
            in.add(Line.of("anchoring.line.series", s.name(), s.held(), s.planned()));
            anyHeld |= s.held() > 0;
            running |= s.planned() > 0 && s.held() * 100 >= s.planned() * HELD_PERCENT;
        }
        List<Evidence> notes = lastYear(f, EvidenceKind.INFRASTRUCTURE);
        notes.forEach(e -> in.add(Line.of("anchoring.line.note", e.description(), e.startsOn())));
        List<Line> missing = new ArrayList<>();
        if (f.series().isEmpty()) {
            missing.add(Line.of("anchoring.missing.noSeries"));
        } else if (!running) {
            missing.add(Line.of("anchoring.missing.seriesBehind", HELD_PERCENT));
        }
        Standing standing = running ? Standing.IN_PLACE : anyHeld || !notes.isEmpty() ? Standing.PARTLY : Standing.MISSING;
        return new Outcome(Strategy.INFRASTRUCTURE, standing, in, missing, List.of());
    }

    static Outcome knowledge(Facts f) {
        List<Line> in = new ArrayList<>();
        List<Evidence> trainings = lastYear(f, EvidenceKind.TRAINING);
        for (Evidence t : trainings) {
            in.add(Line.of("anchoring.line.training", t.description(), t.startsOn(),
                    t.participants() == null ? 0 : t.participants()));
        }
        List<Evidence> notes = lastYear(f, EvidenceKind.KNOWLEDGE);
        notes.forEach(e -> in.add(Line.of("anchoring.line.note", e.description(), e.startsOn())));
        if (f.lessons().written() > 0) {
            in.add(Line.of("anchoring.line.lessons", f.lessons().written(), f.lessons().sharedPublicly()));
        }
        boolean trained = !trainings.isEmpty();
        boolean shared = f.lessons().written() > 0 || !notes.isEmpty();
        List<Line> missing = new ArrayList<>();
        if (!trained) {
            missing.add(Line.of("anchoring.missing.training"));
        }
        if (!shared) {
            missing.add(Line.of("anchoring.missing.knowledge"));
        }
        Standing standing = trained && shared ? Standing.IN_PLACE : trained || shared ? Standing.PARTLY : Standing.MISSING;
        return new Outcome(Strategy.KNOWLEDGE_AND_TRAINING, standing, in, missing, List.of());
    }

    static Outcome policy(Facts f) {
        List<Line> in = new ArrayList<>();
        List<Line> missing = new ArrayList<>();
        List<Ending> out = new ArrayList<>();
        List<Evidence> items = current(f, EvidenceKind.POLICY_ITEM);
        int present = 0;
        for (PolicyItem item : PolicyItem.values()) {
            Optional<Evidence> found = items.stream().filter(e -> e.policyItem() == item).findFirst();
            Line.Key name = new Line.Key("anchoring.policyItem." + item.name());
            if (found.isPresent()) {
                present++;
                in.add(Line.of("anchoring.line.policyItem", name, found.get().startsOn(), found.get().description()));
                items.stream().filter(e -> e.policyItem() == item && e.runsOutWithinYear(f.today()))
                        .forEach(e -> out.add(new Ending(Line.of("anchoring.ends.policyItem", name), e.endsOn())));
            } else {
                missing.add(Line.of("anchoring.missing.policyItem", name));
            }
        }
        Standing standing = present == PolicyItem.values().length && out.isEmpty() ? Standing.IN_PLACE
                : present > 0 ? Standing.PARTLY : Standing.MISSING;
        return new Outcome(Strategy.POLICY, standing, in, missing, sorted(out));
    }

    static Outcome legal(Facts f) {
        Optional<Evidence> form = current(f, EvidenceKind.LEGAL_FORM).stream()
                .max(Comparator.comparing(Evidence::startsOn));
        if (form.isPresent() && form.get().legalForm() != LegalForm.NONE) {
            Evidence e = form.get();
            Line.Key name = new Line.Key("anchoring.legalForm." + e.legalForm().name());
            List<Ending> out = e.runsOutWithinYear(f.today())
                    ? List.of(new Ending(Line.of("anchoring.ends.legalForm", name), e.endsOn())) : List.of();
            return new Outcome(Strategy.LEGAL, Standing.IN_PLACE, List.of(Line.of("anchoring.line.legalForm", name,
                    e.startsOn())), List.of(), out);
        }
        return new Outcome(Strategy.LEGAL, Standing.MISSING, List.of(), List.of(Line.of("anchoring.missing.legalForm")),
                List.of());
    }

    static Outcome financial(Facts f) {
        List<Line> in = new ArrayList<>();
        List<Ending> out = new ArrayList<>();
        boolean lastingStructural = false;
        List<Evidence> funding = current(f, EvidenceKind.FUNDING);
        for (Evidence e : funding) {
            Line.Key kind = new Line.Key("anchoring.fundingKind." + e.fundingKind().name());
            in.add(e.endsOn() == null
                    ? Line.of("anchoring.line.fundingOpen", e.description(), e.funder(), new Line.Euros(e.amountCents()), kind)
                    : Line.of("anchoring.line.funding", e.description(), e.funder(), new Line.Euros(e.amountCents()), kind,
                            e.endsOn()));
            boolean runsOut = e.runsOutWithinYear(f.today());
            if (runsOut) {
                out.add(new Ending(Line.of("anchoring.ends.funding", e.description(), kind), e.endsOn()));
            }
            lastingStructural |= e.fundingKind() == FundingKind.STRUCTURAL && !runsOut;
        }
        List<Line> missing = new ArrayList<>();
        if (!lastingStructural) {
            missing.add(Line.of("anchoring.missing.structuralFunding"));
        }
        Standing standing = lastingStructural ? Standing.IN_PLACE : funding.isEmpty() ? Standing.MISSING : Standing.PARTLY;
        return new Outcome(Strategy.FINANCIAL, standing, in, missing, sorted(out));
    }

    private static List<Ending> sorted(List<Ending> endings) {
        return endings.stream().sorted(Comparator.comparing(Ending::endsOn)).toList();
    }
}
