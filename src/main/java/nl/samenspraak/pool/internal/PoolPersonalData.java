package nl.samenspraak.pool.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionId;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.pool.internal.Vocabulary.ConsentHow;
import nl.samenspraak.pool.internal.Vocabulary.DayPart;
import nl.samenspraak.pool.internal.Vocabulary.Energy;
import nl.samenspraak.pool.internal.Vocabulary.Interest;
import nl.samenspraak.pool.internal.Vocabulary.Purpose;
import nl.samenspraak.pool.internal.Vocabulary.Role;
import nl.samenspraak.pool.internal.Vocabulary.Way;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import nl.samenspraak.resident.PersonalDataHolder;
import nl.samenspraak.resident.PersonalDataSection;
import nl.samenspraak.resident.PersonalDataSection.Field;
import nl.samenspraak.resident.PersonalDataSection.PersonalDataRecord;
import nl.samenspraak.resident.ResidentIdentity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pool's part of a resident's data: membership with interests and limits, the consent
 * record, invitations and commitments, the news about decisions sent and stopped. Erasure removes
 * the membership and with it all the rest (the database cascades); the activities themselves hold
 * nothing about anyone.
 */
@Component
class PoolPersonalData implements PersonalDataHolder {

    private final Consents consents;
    private final PoolMembers members;
    private final Activities activities;
    private final Invitations invitations;
    private final Commitments commitments;
    private final ResultNewsRows resultNews;
    private final DecisionBook decisions;
    private final Processes processes;
    private final JdbcClient jdbc;

    PoolPersonalData(Consents consents, PoolMembers members, Activities activities, Invitations invitations,
                     Commitments commitments, ResultNewsRows resultNews, DecisionBook decisions,
                     Processes processes, JdbcClient jdbc) {
        this.resultNews = resultNews;
        this.decisions = decisions;
        this.processes = processes;
        this.consents = consents;
        this.members = members;
        this.activities = activities;
        this.invitations = invitations;
        this.commitments = commitments;
        this.jdbc = jdbc;
    }

    @Override
    public List<PersonalDataSection> export(ResidentIdentity who) {
        Optional<Member> found = members.ofResident(who.collaborationId(), who.residentId());
        if (found.isEmpty()) {
            return List.of();
        }
        Member m = found.get();
        Profile p = m.profile();
        List<PersonalDataSection> sections = new ArrayList<>();
        sections.add(new PersonalDataSection("pool.data.membership", List.of(new PersonalDataRecord(List.of(
                Field.coded("pool.data.status", "pool.data.memberStatus." + (m.active() ? "ACTIVE" : "WITHDRAWN")),
                Field.coded("pool.data.joinedVia", m.joinedVia() == null ? null : "pool.joinedVia." + m.joinedVia()),
                field("pool.data.joinedAt", m.joinedAt()),
                field("pool.data.withdrawnAt", m.withdrawnAt()),
                Field.codedAll("pool.form.interests", keys(p.interests())),
                field("pool.form.interestsOther", p.interestsOther()),
                Field.codedAll("pool.form.energy", keys(p.energy())),
                field("pool.form.hoursPerMonth", p.hoursPerMonth()),
                Field.codedAll("pool.form.days", keys(p.days())),
                Field.codedAll("pool.form.dayParts", keys(p.dayParts())),
                field("pool.form.maxAsksPerMonth", p.maxAsksPerMonth()),
                Field.codedAll("pool.form.ways", keys(p.ways())))))));
        sections.add(new PersonalDataSection("pool.data.consents", consents.record(m.memberId()).stream()
                .map(c -> new PersonalDataRecord(List.of(field("pool.data.purpose", c.purpose()),
                        field("pool.data.granted", c.granted()), field("pool.data.how", c.how()),
                        field("pool.data.givenOn", c.givenOn()), field("pool.data.recordedBy", c.recordedBy()),
                        field("pool.data.recordedAt", c.recordedAt()))))
                .toList()));
        List<Invitation> invitations = this.invitations.of(who.collaborationId(), m.memberId());
        Map<UUID, Activity> activityById = activities.activities(who.collaborationId(), invitations);
        sections.add(new PersonalDataSection("pool.data.invitations", invitations.stream()
                .map(i -> new PersonalDataRecord(List.of(field("pool.data.activity", activityById.get(i.activityId()).title()),
                        field("pool.data.activityStarts", activityById.get(i.activityId()).startsAt()),
                        field("pool.data.status", i.status()), field("pool.data.note", i.note()),
                        field("pool.data.sentAt", i.sentAt()), field("pool.data.answeredAt", i.answeredAt()))))
                .toList()));
        sections.add(new PersonalDataSection("pool.data.commitments", commitments.ofMember(who.collaborationId(), m.id())
                .stream()
                .map(c -> new PersonalDataRecord(List.of(field("pool.commitment.role", c.role()),
                        field("pool.commitment.roleOther", c.roleOther()), field("pool.commitment.startsOn", c.startsOn()),
                        field("pool.commitment.endsOn", c.endsOn()), field("pool.commitment.hoursPerMonth", c.hoursPerMonth()),
                        field("pool.commitment.support", c.support()), field("pool.commitment.training", c.training()),
                        field("pool.commitment.reimbursement", c.reimbursement()),
                        field("pool.commitment.expected", c.expected()), field("pool.data.status", c.status()),
                        field("pool.data.endReason", c.endReason()))))
                .toList()));
        List<ResultNewsRows.Told> told = resultNews.told(who.collaborationId(), m.id());
        if (!told.isEmpty()) {
            // Most mails are about a few decisions: look each one up once.
            Map<UUID, String> titles = new HashMap<>();
            sections.add(new PersonalDataSection("pool.data.resultNews", told.stream()
                    .map(t -> new PersonalDataRecord(List.of(
                            field("pool.data.newsDecision", titles.computeIfAbsent(t.decisionId(), d -> decisions
                                    .find(who.collaborationId(), new DecisionId(d))
                                    .map(PublicDecision::title).orElse(""))),
                            field("pool.data.newsChange", t.change()),
                            field("pool.data.newsSentAt", t.at()))))
                    .toList()));
        }
        List<ResultNewsRows.Stop> stops = resultNews.stops(who.collaborationId(), m.id());
        if (!stops.isEmpty()) {
            sections.add(new PersonalDataSection("pool.data.resultNewsStops", stops.stream()
                    .map(s -> new PersonalDataRecord(List.of(
                            field("pool.data.newsProcess", processes.findPublic(s.processId())
                                    .map(Process::title).orElse("")),
                            field("pool.data.newsStoppedAt", s.at()))))
                    .toList()));
        }
        return sections;
    }

    @Override
    public void erase(ResidentIdentity who) {
        jdbc.sql("DELETE FROM pool_member WHERE resident_id = :r AND collaboration_id = :c")
                .param("r", who.residentId()).param("c", who.collaborationId()).update();
    }

    /** Where each kind of coded value finds its words in the pool bundle. */
    private static final Map<Class<?>, String> WORDS = Map.ofEntries(
            Map.entry(Interest.class, "pool.interest."), Map.entry(Energy.class, "pool.energy."),
            Map.entry(DayOfWeek.class, "pool.day."), Map.entry(DayPart.class, "pool.dayPart."),
            Map.entry(Way.class, "pool.way."), Map.entry(Purpose.class, "pool.purpose."),
            Map.entry(ConsentHow.class, "pool.consentHow."), Map.entry(Role.class, "pool.role."),
            Map.entry(Invitation.Status.class, "pool.invitation.status."),
            Map.entry(Commitment.Status.class, "pool.commitment.status."));

    /** A stored value as the reader should see it: words for codes and yes/no, Dutch local time for moments. */
    private static Field field(String key, Object value) {
        return switch (value) {
            case null -> new Field(key, null);
            case Instant at -> Field.at(key, at);
            case LocalDate day -> Field.on(key, day);
            case Boolean yes -> Field.yesNo(key, yes);
            case Enum<?> code -> Field.coded(key, wordKey(code));
            default -> new Field(key, value.toString());
        };
    }

    private static List<String> keys(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(PoolPersonalData::wordKey).toList();
    }

    private static String wordKey(Enum<?> code) {
        String prefix = WORDS.get(code.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalStateException("No words for " + code.getDeclaringClass());
        }
        return prefix + code.name();
    }
}
