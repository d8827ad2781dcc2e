package nl.samenspraak.opendata.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.samenspraak.collaboration.Collaboration;
import nl.samenspraak.collaboration.Collaborations;
import nl.samenspraak.collaboration.OpenDataLicence;
import nl.samenspraak.feedback.DecisionBook;
import nl.samenspraak.feedback.DecisionSummary;
import nl.samenspraak.feedback.DecisionUpdate;
import nl.samenspraak.feedback.PublicDecision;
import nl.samenspraak.input.Input;
import nl.samenspraak.input.InputViews;
import nl.samenspraak.input.Salutations;
import nl.samenspraak.input.InputViews.Speed;
import nl.samenspraak.process.Phase;
import nl.samenspraak.process.Process;
import nl.samenspraak.process.Processes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Builds the open data downloads from the other modules' APIs. What is left out on purpose: the follow code (it
 * opens the follow page), every name and contact detail, the channel an author wants to be answered by, and
 * inputs whose authors did not allow publication. Answers lose the greeting that names the resident. The
 * on-time figures are the ones the collaboration's dashboard shows ({@link InputViews#speedOfProcess}).
 */
@Service
class OpenDataExport {

    /** Inputs are read in pages of this many (keyset on their sequence), then handed on one by one. */
    static final int PAGE = 100;

    static final List<String> PROCESS_COLUMNS = List.of("id", "title", "summary", "themes", "targetGroups", "area",
            "participationLevel", "answerWithinDays", "phases", "openForInput", "url", "inputs", "answered",
            "overdue", "settled", "answeredOnTime", "onTimePercent", "medianDaysToAnswer", "decisions");
    static final List<String> INPUT_COLUMNS = List.of("id", "process", "receivedOn", "channel", "text", "status",
            "answer", "answeredOn", "answerDue", "answeredOnTime", "decisions");
    static final List<String> DECISION_COLUMNS = List.of("id", "process", "title", "text", "decidedBy",
            "decidedOn", "reasons", "state", "lastChangedOn", "inputCount", "updates");
    /** The fields of the head of every JSON download. */
    static final List<String> HEAD_FIELDS = List.of("dataset", "generatedOn", "licence", "dictionary",
            "collaboration", "process", "figures");

    private final Collaborations collaborations;
    private final Processes processes;
    private final InputViews inputs;
    private final DecisionBook decisions;
    private final Clock clock;
    private final String baseUrl;

    OpenDataExport(Collaborations collaborations, Processes processes, InputViews inputs, DecisionBook decisions,
                   Clock clock, @Value("${samenspraak.base-url}") String baseUrl) {
        this.collaborations = collaborations;
        this.processes = processes;
        this.inputs = inputs;
        this.decisions = decisions;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The processes of a collaboration with their figures; empty for an unknown slug. */
    Optional<Dataset> processesOf(String slug) {
        return collaborations.findBySlug(slug).map(collaboration -> {
            UUID c = collaboration.id();
            LocalDate today = LocalDate.now(clock);
            List<Process> all = processes.ofCollaboration(c);
            Map<UUID, Speed> speeds = inputs.speedPerProcess(c);
            Map<UUID, Long> decided = decisions.ofCollaboration(c).stream()
                    .collect(Collectors.groupingBy(PublicDecision::processId, Collectors.counting()));
            Map<String, Object> about = head("processes", collaboration);
            return new Dataset("processes", collaboration.slug() + "-trajecten", about, PROCESS_COLUMNS,
                    sink -> all.forEach(p -> sink.accept(processRow(p, speeds.get(p.id()),
                            decided.getOrDefault(p.id(), 0L), today))));
        });
    }

    /** The published inputs of a process with their status and answer; empty for an unknown process. */
    Optional<Dataset> inputsOf(UUID processId) {
        return process(processId).map(found -> {
            Map<String, Object> about = head("inputs", found.collaboration());
            about.put("process", processHead(found.process()));
            about.put("figures", figures(inputs.speedOfProcess(processId)));
            UUID c = found.collaboration().id();
            return new Dataset("inputs", "traject-" + processId + "-inbreng", about, INPUT_COLUMNS,
                    sink -> publishedInputs(c, processId, sink));
        });
    }

    /** The decisions of a process with their state and dated updates; empty for an unknown process. */
    Optional<Dataset> decisionsOf(UUID processId) {
        return process(processId).map(found -> {
            Map<String, Object> about = head("decisions", found.collaboration());
            about.put("process", processHead(found.process()));
            List<PublicDecision> list = decisions.ofProcess(found.collaboration().id(), processId);
            return new Dataset("decisions", "traject-" + processId + "-besluiten", about, DECISION_COLUMNS,
                    sink -> list.forEach(d -> sink.accept(decisionRow(d))));
        });
    }

    private record Found(Process process, Collaboration collaboration) {}

    private Optional<Found> process(UUID processId) {
        return processes.findPublic(processId).flatMap(p -> collaborations.findById(p.collaborationId())
                .map(c -> new Found(p, c)));
    }

    /** Page by page, newest first: one query for the inputs and one for their decisions per page. */
    private void publishedInputs(UUID collaborationId, UUID processId, Consumer<Map<String, Object>> sink) {
        Long before = null;
        do {
            InputViews.Page<Input> page = inputs.published(processId, before, PAGE);
            List<Input> published = page.items().stream()
                    .filter(i -> i.collaborationId().equals(collaborationId)).toList();
            Map<UUID, List<DecisionSummary>> linked = decisions.ofInputs(collaborationId,
                    published.stream().map(Input::id).toList());
            for (Input input : published) {
                sink.accept(inputRow(input, linked.getOrDefault(input.id(), List.of())));
            }
            before = page.nextBefore();
        } while (before != null);
    }

    private Map<String, Object> head(String dataset, Collaboration collaboration) {
        OpenDataLicence licence = collaborations.licence(collaboration.id());
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("dataset", dataset);
        head.put("generatedOn", LocalDate.now(clock));
        head.put("licence", licence(licence));
        head.put("dictionary", baseUrl + "/open-data/woordenlijst");
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("slug", collaboration.slug());
        c.put("name", collaboration.name());
        c.put("region", collaboration.region());
        head.put("collaboration", c);
        return head;
    }

    static Map<String, Object> licence(OpenDataLicence licence) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("id", licence.name());
        l.put("name", licence.title());
        l.put("url", licence.url());
        return l;
    }

    private Map<String, Object> processHead(Process process) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", process.id());
        p.put("title", process.title());
        p.put("url", baseUrl + "/trajecten/" + process.id());
        return p;
    }

    private static Map<String, Object> figures(Speed speed) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("inputs", speed.total());
        f.put("answered", speed.answered());
        f.put("overdue", speed.overdue());
        f.put("settled", speed.settled());
        f.put("answeredOnTime", speed.answeredOnTime());
        f.put("onTimePercent", speed.onTimePercent());
        f.put("medianDaysToAnswer", speed.medianDays());
        return f;
    }

    private Map<String, Object> processRow(Process p, Speed speed, long decisionCount, LocalDate today) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", p.id());
        row.put("title", p.title());
        row.put("summary", p.summary());
        row.put("themes", p.themes());
        row.put("targetGroups", p.targetGroups());
        row.put("area", p.area());
        row.put("participationLevel", p.level());
        row.put("answerWithinDays", p.answerWithinDays());
        List<Map<String, Object>> phases = new ArrayList<>();
        for (Phase phase : p.phases()) {
            Map<String, Object> ph = new LinkedHashMap<>();
            ph.put("name", phase.name());
            ph.put("startsOn", phase.startsOn());
            ph.put("endsOn", phase.endsOn());
            phases.add(ph);
        }
        row.put("phases", phases);
        row.put("openForInput", p.isOpenOn(today));
        row.put("url", baseUrl + "/trajecten/" + p.id());
        Map<String, Object> f = figures(speed == null ? new Speed(0, 0, 0, 0, 0, 0, null, null) : speed);
        f.forEach(row::put);
        row.put("decisions", decisionCount);
        return row;
    }

    private static Map<String, Object> inputRow(Input input, List<DecisionSummary> linked) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", input.id());
        row.put("process", input.processId());
        row.put("receivedOn", input.receivedOn());
        row.put("channel", input.channel());
        row.put("text", input.text());
        row.put("status", input.status());
        row.put("answer", input.isAnswered() ? Salutations.strip(input.answer()) : null);
        row.put("answeredOn", input.answeredOn());
        row.put("answerDue", input.answerDue());
        row.put("answeredOnTime", input.isAnswered() ? input.answeredOnTime() : null);
        List<Map<String, Object>> ds = new ArrayList<>();
        for (DecisionSummary d : linked) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", d.id().value());
            m.put("title", d.title());
            m.put("state", d.state());
            ds.add(m);
        }
        row.put("decisions", ds);
        return row;
    }

    private static Map<String, Object> decisionRow(PublicDecision d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id().value());
        row.put("process", d.processId());
        row.put("title", d.title());
        row.put("text", d.text());
        row.put("decidedBy", d.decidedBy());
        row.put("decidedOn", d.decidedOn());
        row.put("reasons", d.reasons());
        row.put("state", d.state());
        row.put("lastChangedOn", d.lastChangedOn());
        row.put("inputCount", d.inputCount());
        List<Map<String, Object>> updates = new ArrayList<>();
        for (DecisionUpdate u : d.updates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", u.number());
            m.put("date", u.date());
            m.put("state", u.state());
            m.put("text", u.text());
            updates.add(m);
        }
        row.put("updates", updates);
        return row;
    }
}
